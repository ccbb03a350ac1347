package dev.assay.quality.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.io.Json;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExactDedupTest {

  static QaRecord rec(long line, String text) {
    return rec(line, text, null);
  }

  static QaRecord rec(long line, String text, Double score) {
    var node = Json.MAPPER.createObjectNode().put("text", text);
    if (score != null) {
      node.put("q", score);
    }
    return new QaRecord(line, String.valueOf(line), node, text);
  }

  static Map<Long, Finding> run(DatasetCheck check, QaRecord... records) {
    DatasetCheck.Session s = check.start();
    for (QaRecord r : records) {
      s.observe(r);
    }
    return s.findings();
  }

  @Test
  void defaultNormalisationFindsCaseAndWhitespaceVariants() {
    Map<Long, Finding> f =
        run(ExactDedup.defaults(), rec(1, "Hello  World"), rec(2, "other"), rec(4, "hello world"),
            rec(7, " HELLO\tWORLD "), rec(9, "hello, world"));
    assertThat(f).containsOnlyKeys(4L, 7L);
    assertThat(f.get(4L).duplicateOf()).isEqualTo(1);
    assertThat(f.get(7L).duplicateOf()).isEqualTo(1);
    assertThat(f.get(7L).check()).isEqualTo("exact_dedup");
    assertThat(f.get(7L).detail()).contains("record 1").contains("group of 3");
  }

  @Test
  void eachNormalisationStepIsAFlag() {
    ExactDedup strict = new ExactDedup(false, false, false, false, false, 64, "first", null);
    assertThat(run(strict, rec(1, "A b"), rec(2, "a b"))).isEmpty();
    ExactDedup punct = new ExactDedup(true, true, true, true, true, 64, "first", null);
    assertThat(run(punct, rec(1, "Hello, world 2024!"), rec(2, "hello world"))).containsOnlyKeys(2L);
  }

  @Test
  void keepLongestAndHighestScore() {
    ExactDedup longest = new ExactDedup(true, true, true, false, false, 128, "longest", null);
    Map<Long, Finding> f = run(longest, rec(1, "a b"), rec(2, "A   B"), rec(3, "a b "));
    assertThat(f).containsOnlyKeys(1L, 3L);
    assertThat(f.get(1L).duplicateOf()).isEqualTo(2);

    ExactDedup best = new ExactDedup(true, true, true, false, false, 128, "highest_score", "q");
    f = run(best, rec(1, "x y", 0.2), rec(2, "X Y", 0.9), rec(3, "x y", null), rec(4, "x  y", 0.9));
    assertThat(f).containsOnlyKeys(1L, 3L, 4L);
    assertThat(f.values()).allMatch(x -> x.duplicateOf() == 2);
  }

  @Test
  void emptyTextsAreNeverDuplicates() {
    DatasetCheck.Session s = ExactDedup.defaults().start();
    s.observe(rec(1, ""));
    s.observe(rec(2, "   "));
    assertThat(s.findings()).isEmpty();
    assertThat(s.report()).containsEntry("empty_texts", 2L);
  }

  @Test
  void reportCountsGroups() {
    DatasetCheck.Session s = ExactDedup.defaults().start();
    for (int i = 1; i <= 10; i++) {
      s.observe(rec(i, i <= 3 ? "same" : i <= 5 ? "pair" : "u" + i));
    }
    assertThat(s.findings()).hasSize(3);
    assertThat(s.report())
        .containsEntry("duplicates", 3L)
        .containsEntry("duplicate_groups", 2L)
        .containsEntry("group_size_histogram", Map.of("2", 1L, "3", 1L));
  }

  @Test
  void registryBuildsItFromSnakeCaseParameters() {
    var c = CheckRegistry.create("exact_dedup", Json.MAPPER.readTree("{\"strip_punctuation\": true, \"hash_bits\": 64}"));
    assertThat(c).isEqualTo(new ExactDedup(true, true, true, true, false, 64, "first", null));
    assertThat(CheckRegistry.configOf(c)).containsEntry("hash_bits", 64).containsEntry("keep", "first")
        .containsKey("score_field").hasSize(8);
    assertThatThrownBy(() -> CheckRegistry.create("exact_dedup", Json.MAPPER.readTree("{\"hash_bits\": 32}")))
        .hasMessageContaining("hash_bits: expected 64 or 128, found 32");
    assertThatThrownBy(() -> CheckRegistry.create("exact_dedup", Json.MAPPER.readTree("{\"keep\": \"highest_score\"}")))
        .hasMessageContaining("score_field");
  }
}
