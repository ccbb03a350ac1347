package dev.assay.quality.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;

/**
 * Span detection stays linear on adversarial input: each 1 MB string repeats a fragment that keeps
 * some pattern's candidate alive for as long as possible. A backtracking blow-up would take hours;
 * the generous timeout only catches that, it does not measure speed.
 */
class PathologicalInputTest {
  private static final int MB = 1 << 20;

  @ParameterizedTest
  @ValueSource(strings = {
      "a", "1", "1 ", "1-", "1.", "a@", "a.", "@a.", ":", "a:", "1:", "f:", "::1:", "+1", "+1 ", "(1) ",
      "eyJ", "eyJa.", "AKIA", "ghp_", "xoxb-", "token=", "key: a1", "-----BEGIN ", "DE89 ", "DE89", "A1", "0 1",
      "123-45-", "SSN ", "version 1.", "ab.cd@", "a-", "9", "0"})
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void megabyteOfARepeatedFragmentFinishes(String fragment) {
    String text = fragment.repeat(MB / fragment.length() + 1);
    var spans = PiiScanner.scan(text, EnumSet.allOf(PiiType.class));
    assertThat(spans.size()).isLessThan(text.length());
  }
}
