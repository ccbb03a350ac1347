package dev.assay.quality.contamination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContaminationDetectorTest {
  static final String LONG_ITEM =
      "Explain how a lighthouse keeper in the nineteenth century would have trimmed the wick, cleaned"
          + " the lens and logged passing ships during a winter storm.";
  static final String SHORT_ITEM = "Name three rivers that flow into the Caspian Sea today."; // 10 words
  static final String TINY_ITEM = "Define entropy briefly.";

  @TempDir Path dir;

  Path benchmark() throws Exception {
    Path p = dir.resolve("bench.jsonl");
    Files.writeString(
        p,
        "{\"question_id\": 1, \"turns\": [" + Json.MAPPER.writeValueAsString(LONG_ITEM) + ", \"Now shorten it.\"]}\n"
            + "{\"question_id\": 2, \"turns\": [" + Json.MAPPER.writeValueAsString(SHORT_ITEM) + "]}\n"
            + "{\"question_id\": 3, \"turns\": [" + Json.MAPPER.writeValueAsString(TINY_ITEM) + "]}\n");
    return p;
  }

  ContaminationCheck check(Path bench) {
    return ContaminationCheck.defaults().withBenchmarks(List.of(bench + ":turns"));
  }

  @Test
  void verbatimEmbeddingInALongerRowIsFlaggedWithTheItemAndOverlap() throws Exception {
    ContaminationDetector d = ContaminationDetector.build(check(benchmark()), null);
    List<ContaminationMatch> m =
        d.matchNgrams("Here is my homework. " + LONG_ITEM.toUpperCase() + " Thanks a lot for the help!");
    assertThat(m).hasSize(1);
    ContaminationMatch hit = m.get(0);
    assertThat(hit.item().id()).isEqualTo("1");
    assertThat(hit.item().turn()).isEqualTo(1);
    assertThat(hit.item().line()).isEqualTo(1);
    assertThat(hit.overlap()).isEqualTo(1.0);
    assertThat(hit.method()).isEqualTo("ngram");
    assertThat(hit.toMap()).containsEntry("benchmark", dir.resolve("bench.jsonl").toString()).containsEntry("id", "1");
  }

  @Test
  void oneEditInTheMiddleLeavesPartialOverlap() throws Exception {
    ContaminationDetector d = ContaminationDetector.build(check(benchmark()), null);
    String edited = LONG_ITEM.replace("cleaned", "polished");
    ContaminationMatch hit = d.matchNgrams(edited).get(0);
    assertThat(hit.overlap()).isGreaterThan(0.1).isLessThan(1.0); // 2 of 13 grams avoid the edit
    ContaminationCheck strict =
        new ContaminationCheck(check(benchmark()).benchmarks(), 13, 8, 1, 0.9, null, 0.85, 5);
    assertThat(ContaminationDetector.build(strict, null).matchNgrams(edited)).isEmpty();
  }

  @Test
  void shortItemsMatchWholeAndTinyOnesAreNotIndexed() throws Exception {
    ContaminationDetector d = ContaminationDetector.build(check(benchmark()), null);
    assertThat(d.matchNgrams("Quiz: name three rivers that flow into the caspian sea today!")).hasSize(1);
    assertThat(d.matchNgrams("Name three rivers that flow into the Black Sea today.")).isEmpty();
    assertThat(d.matchNgrams(TINY_ITEM)).isEmpty();
    assertThat(d.ngrams().unindexable()).isEqualTo(2); // "Now shorten it." and the tiny item
    assertThat(d.ngrams().stats()).containsEntry("short_item_lengths", List.of(10));
  }

  @Test
  void unrelatedTextIsClean() throws Exception {
    ContaminationDetector d = ContaminationDetector.build(check(benchmark()), null);
    assertThat(d.matchNgrams("A lighthouse keeper in the nineteenth century led a lonely life by the sea.")).isEmpty();
    assertThat(d.matchNgrams("")).isEmpty();
  }

  @Test
  void embeddingRuleCatchesRewordingsAndReportsCosine() throws Exception {
    ContaminationCheck c = check(benchmark()).withEmbedder("hashing-test", 0.8);
    HashingEmbedder e = new HashingEmbedder();
    ContaminationDetector d = ContaminationDetector.build(c, e);
    String reworded = "During a winter storm, how would a nineteenth century lighthouse keeper trim the wick,"
        + " clean the lens and log the ships passing?";
    List<List<ContaminationMatch>> r = d.match(List.of(reworded, LONG_ITEM, "Bake bread with rye flour."));
    assertThat(r.get(0)).hasSize(1);
    assertThat(r.get(0).get(0).method()).isEqualTo("embedding");
    assertThat(r.get(0).get(0).cosine()).isGreaterThanOrEqualTo(0.8);
    assertThat(r.get(1).get(0).method()).isEqualTo("ngram+embedding");
    assertThat(r.get(2)).isEmpty();
  }

  @Test
  void checkIsRegisteredAndItsSessionGivesFindingsByLine() throws Exception {
    Path bench = benchmark();
    DatasetCheck c =
        (DatasetCheck) CheckRegistry.create("contamination", Json.MAPPER.readTree("{\"benchmarks\": [\"" + bench + ":turns\"]}"));
    assertThat(CheckRegistry.configOf(c)).containsEntry("ngram", 13).containsEntry("min_item_tokens", 8);
    DatasetCheck.Session s = c.start();
    s.observe(new QaRecord(1, "a", null, "Nothing to see here."));
    s.observe(new QaRecord(2, "b", null, "Please: " + LONG_ITEM));
    Map<Long, Finding> f = s.findings();
    assertThat(f).containsOnlyKeys(2L);
    assertThat(f.get(2L).check()).isEqualTo("contamination");
    assertThat(f.get(2L).rule()).isEqualTo("ngram_overlap");
    assertThat(f.get(2L).detail()).contains("bench.jsonl:1 (id 1, turn 1)");
    assertThat(s.report()).containsEntry("rows", 2L).containsEntry("flagged", 1L);
  }

  @Test
  void badConfigurationAndBadBenchmarksAreClearErrors() throws Exception {
    assertThatThrownBy(() -> ContaminationCheck.defaults().start())
        .isInstanceOf(AssayInputException.class).hasMessageContaining("'benchmarks' is required");
    assertThatThrownBy(() -> CheckRegistry.create("contamination", Json.MAPPER.readTree("{\"ngram\": 0}")))
        .hasMessageContaining("ngram");
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"prompt\": \"ok\"}\n{oops\n");
    assertThatThrownBy(() -> BenchmarkLoader.load(List.of(BenchmarkSource.parse(bad.toString()))))
        .hasMessageContaining("bad.jsonl:2");
    Path noField = dir.resolve("nofield.jsonl");
    Files.writeString(noField, "{\"foo\": \"x\"}\n");
    assertThatThrownBy(() -> BenchmarkLoader.load(List.of(BenchmarkSource.parse(noField.toString()))))
        .hasMessageContaining("nofield.jsonl:1").hasMessageContaining("FILE:FIELD");
  }

  @Test
  void duplicateItemsAcrossFilesAreCountedOnce() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Files.writeString(a, "{\"instruction\": " + Json.MAPPER.writeValueAsString(LONG_ITEM) + "}\n");
    Files.writeString(b, "{\"instruction\": " + Json.MAPPER.writeValueAsString(LONG_ITEM.toLowerCase()) + "}\n");
    BenchmarkLoader.Loaded l = BenchmarkLoader.load(List.of(BenchmarkSource.parse(a.toString()), BenchmarkSource.parse(b.toString())));
    assertThat(l.items()).hasSize(1);
    assertThat(l.perSource().get(b.toString())).containsEntry("duplicate_items", 1L);
  }
}
