package dev.assay.core.io;

/**
 * Strict UTF-8 validation of raw bytes (no overlongs, no surrogates, nothing above U+10FFFF), with
 * an ASCII fast path. Used before parsing so that a bad byte gets a precise message and the
 * record's bytes are kept verbatim (base64) instead of being replaced by U+FFFD.
 *
 * <pre>{@code
 * int bad = Utf8.firstInvalidOffset(bytes);   // -1 when valid
 * }</pre>
 */
public final class Utf8 {
  private Utf8() {}

  /** True when every byte sequence is well-formed UTF-8. */
  public static boolean isValid(byte[] b) {
    return firstInvalidOffset(b) < 0;
  }

  /** The offset of the first byte that starts an ill-formed sequence, or -1 if there is none. */
  public static int firstInvalidOffset(byte[] b) {
    int i = 0;
    int n = b.length;
    while (i < n) {
      // ASCII fast path, 8 bytes at a time.
      while (i + 8 <= n && Bytes.isAscii8(b, i)) {
        i += 8;
      }
      if (i >= n) {
        break;
      }
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + len > n) {
        return i;
      }
      int cp = c & (0xFF >> (len + 1));
      for (int k = 1; k < len; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return i;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return i;
      }
      i += len;
    }
    return -1;
  }
}
