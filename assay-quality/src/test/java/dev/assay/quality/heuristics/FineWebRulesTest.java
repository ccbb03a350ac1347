package dev.assay.quality.heuristics;

import static dev.assay.quality.heuristics.Records.check;
import static dev.assay.quality.heuristics.Records.firstRule;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cases ported from datatrove tests/pipeline/filters/test_filters.py (TestFineWebQualityFilter); texts are ours. */
class FineWebRulesTest {

  @Test
  void rejectsEmptyDocument() {
    assertThat(firstRule(FineWebRules.defaults(), "")).isEqualTo("empty");
    assertThat(firstRule(FineWebRules.defaults(), "\n \n\u00a0\n")).isEqualTo("empty");
  }

  @Test
  void rejectsLowPunctuationRatio() {
    FineWebRules fw = new FineWebRules(0.5, false, 0.67, 30, 0.01, 0.3);
    assertThat(firstRule(fw, "Nothing ends a line here\nThis one neither\nNor the last")).isEqualTo("line_punct_ratio");
  }

  @Test
  void zeroPunctuationCanBeExcluded() {
    FineWebRules fw = new FineWebRules(0.5, true, 1, 30, 1, 100);
    assertThat(check(fw, "Nothing ends a line here\nThis one neither\nNor the last").passed()).isTrue();
  }

  @Test
  void rejectsMostlyShortLines() {
    FineWebRules fw = new FineWebRules(0.0, false, 0.5, 30, 0.01, 0.3);
    assertThat(firstRule(fw, "yes.\nno.\nmaybe.\nsure.\nfine.")).isEqualTo("short_line_ratio");
  }

  @Test
  void keepsQualityText() {
    String text = "The orchard behind the school was planted by the first class of pupils.\n"
        + "Every autumn the children pick the apples and press them into juice.\n"
        + "Some of the trees are now taller than the building they stand behind.\n"
        + "A retired teacher still prunes them each winter with the same old saw.\n"
        + "Visitors are welcome on the open day, when the juice is sold for charity.";
    assertThat(check(FineWebRules.defaults(), text).findings()).isEmpty();
  }

  @Test
  void rejectsListHeavyDocument() {
    FineWebRules fw = new FineWebRules(0.12, false, 0.67, 30, 0.01, 0.1);
    assertThat(check(fw, String.join("\n", java.util.Collections.nCopies(50, "b"))).passed()).isFalse();
    FineWebRules onlyList = new FineWebRules(0, false, 1, 30, 1, 0.1);
    assertThat(firstRule(onlyList, String.join("\n", java.util.Collections.nCopies(50, "b")))).isEqualTo("list_ratio");
  }

  @Test
  void duplicatedLineCharacters() {
    String line = "The same sentence appears more than once in this page.";
    String text = line + "\n" + "Then a different one follows it here.\n" + line;
    assertThat(firstRule(FineWebRules.defaults(), text)).isEqualTo("char_dup_ratio");
  }
}
