package dev.assay.eval.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {
  @Test
  void findsNamesWithTheirLines() {
    assertThat(Placeholders.scan("a {x}\nb {y_2} {x}"))
        .containsExactly(new Placeholders.Found("x", 1), new Placeholders.Found("y_2", 2), new Placeholders.Found("x", 2));
  }

  @Test
  void doubledBracesAreLiteralAndJsonIsLeftAlone() {
    String text = "Answer as {\"verdict\": \"A\"} or {{literal}} for {instruction}";
    assertThat(Placeholders.scan(text)).extracting(Placeholders.Found::name).containsExactly("instruction");
    assertThat(Placeholders.fill(text, Map.of("instruction", "Q")))
        .isEqualTo("Answer as {\"verdict\": \"A\"} or {literal} for Q");
  }

  @Test
  void valuesAreNotRescanned() {
    assertThat(Placeholders.fill("{a}", Map.of("a", "{b}", "b", "no"))).isEqualTo("{b}");
  }
}
