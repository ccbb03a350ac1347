package dev.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The SWAR scans agree with the obvious byte loops on random data and at every alignment. */
class BytesTest {
  private static int naiveIndexOf(byte[] a, int from, int to, byte t) {
    for (int i = from; i < to; i++) {
      if (a[i] == t) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void indexOfMatchesTheByteLoop() {
    SplittableRandom rnd = new SplittableRandom(1);
    for (int trial = 0; trial < 5_000; trial++) {
      byte[] a = new byte[rnd.nextInt(1, 70)];
      for (int i = 0; i < a.length; i++) {
        a[i] = (byte) (rnd.nextInt(10) == 0 ? '\n' : rnd.nextInt(256));
      }
      int from = rnd.nextInt(a.length);
      int to = from + rnd.nextInt(a.length - from + 1);
      for (byte t : new byte[] {'\n', 0, (byte) 0x80, (byte) 0xFF}) {
        assertThat(Bytes.indexOf(a, from, to, t)).isEqualTo(naiveIndexOf(a, from, to, t));
      }
    }
  }

  @Test
  void asciiCheckSeesEveryHighBit() {
    for (int pos = 0; pos < 8; pos++) {
      byte[] a = "abcdefgh".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(Bytes.isAscii8(a, 0)).isTrue();
      a[pos] = (byte) 0xC3;
      assertThat(Bytes.isAscii8(a, 0)).isFalse();
    }
  }
}
