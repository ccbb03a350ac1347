package dev.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Cases from the Unicode standard's table of well-formed UTF-8 byte sequences (Table 3-7). */
class Utf8Test {
  private static byte[] b(int... v) {
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) v[i];
    }
    return out;
  }

  @Test
  void acceptsWellFormedText() {
    assertThat(Utf8.isValid("héllo wörld ✓ 😀 中文".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(Utf8.isValid(new byte[0])).isTrue();
  }

  @Test
  void rejectsIllFormedSequencesAtTheirOffset() {
    assertThat(Utf8.firstInvalidOffset(b('a', 0xC0, 0xAF))).isEqualTo(1); // overlong
    assertThat(Utf8.firstInvalidOffset(b(0xE0, 0x80, 0xAF))).isZero(); // overlong 3-byte
    assertThat(Utf8.firstInvalidOffset(b(0xED, 0xA0, 0x80))).isZero(); // surrogate U+D800
    assertThat(Utf8.firstInvalidOffset(b(0xF4, 0x90, 0x80, 0x80))).isZero(); // > U+10FFFF
    assertThat(Utf8.firstInvalidOffset(b('a', 'b', 0xE2, 0x82))).isEqualTo(2); // truncated
    assertThat(Utf8.firstInvalidOffset(b(0x80))).isZero(); // lone continuation
    assertThat(Utf8.firstInvalidOffset(b('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 0xFF))).isEqualTo(9);
  }
}
