package dev.assay.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads physical lines as raw bytes, in constant memory per line, without decoding them: invalid
 * UTF-8 survives untouched so that it can be quarantined byte for byte. Lines end at {@code \n};
 * a {@code \r} before it is dropped (CRLF files), and a UTF-8 byte-order mark at the start of the
 * stream is skipped. A last line without a terminator is still returned, and {@link
 * #lastLineTerminated()} tells whether it had one (a truncated file usually does not).
 *
 * <pre>{@code
 * try (LineReader lines = new LineReader(in)) {
 *   for (RawLine line; (line = lines.next()) != null; ) handle(line.number(), line.bytes());
 * }
 * }</pre>
 */
public final class LineReader implements AutoCloseable {
  private static final int CHUNK = 1 << 20;

  private final InputStream in;
  private final byte[] buf = new byte[CHUNK];
  private int pos;
  private int limit;
  private boolean eof;
  private long lineNumber;
  private long bytesRead;
  private boolean lastTerminated = true;
  private boolean bomChecked;
  private IOException failure;
  private byte[] carry = new byte[256];

  public LineReader(InputStream in) {
    this.in = in;
  }

  /** One physical line: its 1-based number and its bytes without the line terminator. */
  public record RawLine(long number, byte[] bytes, boolean terminated) {
    /** True when the line holds only spaces, tabs or nothing. */
    public boolean isBlank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  /** Returns the next line, or {@code null} at the end of the stream. */
  public RawLine next() {
    int carried = 0;
    while (true) {
      if (pos >= limit) {
        if (eof || !fill()) {
          if (carried == 0) {
            return null;
          }
          lastTerminated = false;
          return line(carry, 0, carried, false);
        }
      }
      int nl = Bytes.indexOf(buf, pos, limit, (byte) '\n');
      if (nl >= 0) {
        RawLine line;
        if (carried == 0) {
          line = line(buf, pos, nl - pos, true);
        } else {
          carry = ensure(carry, carried + (nl - pos));
          System.arraycopy(buf, pos, carry, carried, nl - pos);
          line = line(carry, 0, carried + (nl - pos), true);
        }
        pos = nl + 1;
        lastTerminated = true;
        return line;
      }
      int n = limit - pos;
      carry = ensure(carry, carried + n);
      System.arraycopy(buf, pos, carry, carried, n);
      carried += n;
      pos = limit;
    }
  }

  /** Whether the last line returned ended with a line terminator. */
  public boolean lastLineTerminated() {
    return lastTerminated;
  }

  /**
   * The read error that ended the stream early (for example "Unexpected end of ZLIB input stream"
   * for a truncated gzip), or {@code null} when the stream ended normally. Lines read before the
   * failure have all been returned by {@link #next()}.
   */
  public IOException failure() {
    return failure;
  }

  /** Bytes consumed from the underlying (decompressed) stream so far. */
  public long bytesRead() {
    return bytesRead;
  }

  /** Number of physical lines returned so far. */
  public long lineNumber() {
    return lineNumber;
  }

  private RawLine line(byte[] src, int from, int len, boolean terminated) {
    int end = from + len;
    if (len > 0 && src[end - 1] == '\r') {
      end--;
    }
    lineNumber++;
    return new RawLine(lineNumber, Arrays.copyOfRange(src, from, end), terminated);
  }

  private boolean fill() {
    int n = 0;
    try {
      while (n < buf.length) {
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          eof = true;
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      // Keep what was read before the failure (e.g. a truncated gzip): those lines are returned,
      // and the caller learns of the failure from failure().
      failure = e;
      eof = true;
    }
    if (n <= 0) {
      eof = true;
      return false;
    }
    bytesRead += n;
    pos = 0;
    limit = n;
    if (!bomChecked) {
      bomChecked = true;
      if (n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
        pos = 3;
      }
    }
    return true;
  }

  private static byte[] ensure(byte[] a, int size) {
    if (size <= a.length) {
      return a;
    }
    return Arrays.copyOf(a, Math.max(size, a.length * 2));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
