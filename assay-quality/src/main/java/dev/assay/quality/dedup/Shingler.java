package dev.assay.quality.dedup;

import java.util.Arrays;

/**
 * Turns a text into the 64-bit hashes of its shingles without allocating substrings. Word shingles:
 * the text is lower-cased (optionally) and split into words at every character that is not a
 * letter, digit, mark or connector ({@code \W} splitting, as ChenghaoMou/text-dedup does), and each
 * run of {@code n} consecutive words is one shingle; a text with fewer than {@code n} words is one
 * shingle of all its words. Char shingles: whitespace runs become one space, the ends are trimmed,
 * and every {@code n} consecutive UTF-16 code units are one shingle (a shorter text is one
 * shingle). Each word is hashed once; a word n-gram's hash combines its words' hashes, so shingling
 * costs O(text length + shingles × n). A text with no words (or no characters) has no shingles.
 * Not thread-safe: one per thread; it reuses its buffers.
 *
 * <pre>{@code
 * Shingler sh = new Shingler(true, 5, true);
 * int k = sh.shingle("The quick brown fox jumps over the lazy dog");
 * long[] hashes = sh.hashes();   // the first k entries are the 5 shingle hashes
 * }</pre>
 */
public final class Shingler {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long COMBINE = 0x9E3779B97F4A7C15L;
  private static final byte[] ASCII_WORD = new byte[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_WORD[c] = (byte) (Character.isLetterOrDigit(c) || c == '_' ? 1 : 0);
    }
  }

  private final boolean words;
  private final int n;
  private final boolean lowercase;
  private long[] hashes = new long[256];
  private long[] ring;
  private char[] chars = new char[1024];

  /**
   * @param words word n-grams when true, character n-grams when false
   * @param n the n-gram size (≥ 1)
   * @param lowercase fold case first
   */
  public Shingler(boolean words, int n, boolean lowercase) {
    if (n < 1) {
      throw new IllegalArgumentException("ngram: expected at least 1, found " + n);
    }
    this.words = words;
    this.n = n;
    this.lowercase = lowercase;
    this.ring = new long[n];
  }

  /** The shingle hashes of the last {@link #shingle(String)} call (its first k entries). */
  public long[] hashes() {
    return hashes;
  }

  /** Computes the shingle hashes of {@code text}; returns how many (duplicates included). */
  public int shingle(String text) {
    return words ? wordShingles(text) : charShingles(text);
  }

  private int wordShingles(String text) {
    int len = text.length();
    int tokens = 0;
    int count = 0;
    long h = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i <= len; ) {
      int cp;
      boolean word;
      if (i == len) {
        cp = -1;
        word = false;
      } else {
        char c = text.charAt(i);
        if (c < 128) {
          cp = c;
          word = ASCII_WORD[c] != 0;
          if (lowercase && c >= 'A' && c <= 'Z') {
            cp = c + 32;
          }
          i++;
        } else {
          cp = text.codePointAt(i);
          i += Character.charCount(cp);
          word = isWordCodePoint(cp);
          if (lowercase && word) {
            cp = Character.toLowerCase(cp);
          }
        }
      }
      if (word) {
        h = (h ^ cp) * FNV_PRIME;
        inWord = true;
      } else {
        if (inWord) {
          ring[tokens % n] = Hashes.fmix64(h);
          tokens++;
          if (tokens >= n) {
            count = append(count, combine(tokens - n, n));
          }
          h = FNV_OFFSET;
          inWord = false;
        }
        if (cp < 0) {
          break;
        }
      }
    }
    if (tokens > 0 && tokens < n) {
      count = append(count, combine(0, tokens));
    }
    return count;
  }

  private long combine(int first, int k) {
    long h = k;
    for (int j = 0; j < k; j++) {
      h = (h + ring[(first + j) % n]) * COMBINE;
    }
    return Hashes.fmix64(h);
  }

  private int charShingles(String text) {
    int len = normalizeChars(text);
    if (len == 0) {
      return 0;
    }
    int count = 0;
    int k = Math.min(n, len);
    for (int i = 0; i + k <= len; i++) {
      long h = FNV_OFFSET;
      for (int j = i; j < i + k; j++) {
        h = (h ^ chars[j]) * FNV_PRIME;
      }
      count = append(count, Hashes.fmix64(h));
    }
    return count;
  }

  private int normalizeChars(String text) {
    if (chars.length < text.length()) {
      chars = new char[text.length() + 16];
    }
    int len = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = len > 0;
        continue;
      }
      if (space) {
        chars[len++] = ' ';
        space = false;
      }
      chars[len++] = lowercase ? Character.toLowerCase(c) : c;
    }
    return len;
  }

  private int append(int count, long h) {
    if (count == hashes.length) {
      hashes = Arrays.copyOf(hashes, count * 2);
    }
    hashes[count] = h;
    return count + 1;
  }

  static boolean isWordCodePoint(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK
        || t == Character.CONNECTOR_PUNCTUATION;
  }
}
