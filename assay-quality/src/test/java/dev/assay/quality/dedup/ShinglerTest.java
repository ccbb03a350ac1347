package dev.assay.quality.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShinglerTest {

  static Set<Long> set(Shingler s, String text) {
    int k = s.shingle(text);
    Set<Long> out = new HashSet<>();
    for (long h : Arrays.copyOf(s.hashes(), k)) {
      out.add(h);
    }
    return out;
  }

  @Test
  void wordNgramsSplitOnNonWordCharactersAndFoldCase() {
    Shingler s = new Shingler(true, 3, true);
    assertThat(s.shingle("The quick brown fox jumps")).isEqualTo(3);
    assertThat(set(s, "The quick, brown FOX -- jumps!")).isEqualTo(set(s, "the quick brown fox jumps"));
    assertThat(set(s, "a b c d")).isNotEqualTo(set(s, "a b d c"));
    assertThat(set(new Shingler(true, 3, false), "The quick brown"))
        .isNotEqualTo(set(new Shingler(true, 3, false), "the quick brown"));
  }

  @Test
  void shortAndEmptyTexts() {
    Shingler s = new Shingler(true, 5, true);
    assertThat(s.shingle("two words")).isEqualTo(1);
    assertThat(s.shingle("")).isZero();
    assertThat(s.shingle("  ... !!! ")).isZero();
    Shingler c = new Shingler(false, 5, true);
    assertThat(c.shingle("abc")).isEqualTo(1);
    assertThat(c.shingle(" \u00a0\t")).isZero();
  }

  @Test
  void unicodeWordsAndSupplementaryCharacters() {
    Shingler s = new Shingler(true, 1, true);
    assertThat(s.shingle("Résumé naïve ÉTÉ")).isEqualTo(3);
    assertThat(set(s, "ÉTÉ")).isEqualTo(set(s, "été"));
    assertThat(s.shingle("𝐀𝐁 x")).isEqualTo(2);
    assertThat(s.shingle("東京 大阪")).isEqualTo(2);
  }

  @Test
  void charNgramsCollapseWhitespace() {
    Shingler c = new Shingler(false, 4, true);
    assertThat(c.shingle("abcdef")).isEqualTo(3);
    assertThat(set(c, "Hello   World")).isEqualTo(set(c, "hello world"));
    assertThat(set(c, "  hello\n\tworld  ")).isEqualTo(set(c, "hello world"));
  }

  @Test
  void hashesAreStableAndDistinctAcrossManyNgrams() {
    Shingler s = new Shingler(true, 2, true);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      sb.append("w").append(i).append(' ');
    }
    int k = s.shingle(sb.toString());
    assertThat(k).isEqualTo(49_999);
    assertThat(Arrays.stream(Arrays.copyOf(s.hashes(), k)).distinct().count()).isEqualTo(k);
    long first = s.hashes()[0];
    assertThat(new Shingler(true, 2, true).shingle("w0 w1")).isEqualTo(1);
    Shingler t = new Shingler(true, 2, true);
    t.shingle("w0 w1");
    assertThat(t.hashes()[0]).isEqualTo(first);
  }

  @Test
  void rejectsBadN() {
    assertThatThrownBy(() -> new Shingler(true, 0, true)).hasMessageContaining("ngram");
  }

  @Test
  void normalizationFlags() {
    assertThat(TextNormalization.DEFAULT.apply("  Hello,\u00a0  WORLD!  ")).isEqualTo("hello, world!");
    assertThat(new TextNormalization(true, true, true, true, true).apply("Ａｂｃ 12-3 d.e!")).isEqualTo("abc de");
    assertThat(new TextNormalization(false, true, false, false, false).apply("ﬁ")).isEqualTo("fi");
    assertThat(TextNormalization.NONE.apply(" A  b ")).isEqualTo(" A  b ");
    assertThat(new TextNormalization(false, false, false, false, true).apply("a1b٢c")).isEqualTo("abc");
  }

  @Test
  void hashesOfStrings() {
    assertThat(Hashes.hash64("abc")).isEqualTo(Hashes.hash64("abc"));
    assertThat(Hashes.hash64("abc")).isNotEqualTo(Hashes.hash64("abd"));
    assertThat(Hashes.hash128("")).isNotEqualTo(Hashes.hash128("\0"));
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      assertThat(seen.add(Hashes.hash64("doc " + i))).isTrue();
    }
  }
}
