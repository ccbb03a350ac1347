package dev.assay.quality.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NGramHasherTest {
  @Test
  void rollingHashEqualsHashingEachWindowOnItsOwn() {
    Random rnd = new Random(7);
    String[] tokens = new String[60];
    for (int i = 0; i < tokens.length; i++) {
      tokens[i] = "w" + rnd.nextInt(20);
    }
    for (int n : new int[] {1, 2, 8, 13}) {
      long[] rolled = NGramHasher.hashes(tokens, n);
      assertThat(rolled).hasSize(tokens.length - n + 1);
      for (int i = 0; i < rolled.length; i++) {
        assertThat(rolled[i]).isEqualTo(NGramHasher.whole(Arrays.copyOfRange(tokens, i, i + n)));
      }
    }
  }

  @Test
  void tooShortTextHasNoGramsAndBadSizeIsAnError() {
    assertThat(NGramHasher.hashes(new String[] {"a", "b"}, 3)).isEmpty();
    assertThatThrownBy(() -> NGramHasher.hashes(new String[] {"a"}, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gramsOfDifferentLengthOrOrderDiffer() {
    String[] t = {"the", "quick", "brown", "fox", "jumps"};
    Set<Long> all = new HashSet<>();
    for (int n = 1; n <= t.length; n++) {
      for (long h : NGramHasher.hashes(t, n)) {
        all.add(h);
      }
    }
    assertThat(all).hasSize(5 + 4 + 3 + 2 + 1);
    assertThat(NGramHasher.whole(new String[] {"a", "b"})).isNotEqualTo(NGramHasher.whole(new String[] {"b", "a"}));
  }
}
