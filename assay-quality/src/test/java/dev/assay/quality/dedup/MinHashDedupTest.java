package dev.assay.quality.dedup;

import static dev.assay.quality.dedup.ExactDedupTest.rec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.io.Json;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MinHashDedupTest {

  /** A random text of {@code words} words from a large synthetic vocabulary. */
  static String randomText(SplittableRandom rnd, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? "" : " ").append("w").append(rnd.nextInt(50_000));
    }
    return sb.toString();
  }

  /** {@code text} with one in {@code every} words replaced. */
  static String edit(String text, int every, SplittableRandom rnd) {
    String[] w = text.split(" ");
    for (int i = 0; i < w.length; i += every) {
      w[i] = "x" + rnd.nextInt(1_000_000);
    }
    return String.join(" ", w);
  }

  static Map<Long, Finding> run(DatasetCheck check, List<QaRecord> records) {
    DatasetCheck.Session s = check.start();
    records.forEach(s::observe);
    return s.findings();
  }

  @Test
  void findsNearDuplicatesAndLeavesDistinctTextsAlone() {
    SplittableRandom rnd = new SplittableRandom(1);
    List<QaRecord> recs = new ArrayList<>();
    String base = randomText(rnd, 300);
    recs.add(rec(1, base));
    for (int i = 2; i <= 50; i++) {
      recs.add(rec(i, randomText(rnd, 300)));
    }
    recs.add(rec(51, base.replace("w", "W") + " trailing words here")); // case + a short tail
    recs.add(rec(52, edit(base, 100, rnd)));                            // 1% of words edited
    Map<Long, Finding> f = run(MinHashDedup.defaults().withThreads(1), recs);
    assertThat(f).containsOnlyKeys(51L, 52L);
    assertThat(f.get(52L).duplicateOf()).isEqualTo(1);
    assertThat(f.get(52L).rule()).isEqualTo("near_duplicate_lsh");
    assertThat(f.get(52L).value()).isEqualTo(3.0);
    assertThat(f.get(52L).detail()).contains("record 1", "9 bands x 13 rows");
  }

  @Test
  void resultsDoNotDependOnTheThreadCount() {
    SplittableRandom rnd = new SplittableRandom(2);
    List<QaRecord> recs = new ArrayList<>();
    List<String> bases = new ArrayList<>();
    for (int i = 1; i <= 3000; i++) {
      String t;
      if (i > 10 && rnd.nextInt(4) == 0) {
        t = edit(bases.get(rnd.nextInt(bases.size())), 20 + rnd.nextInt(40), rnd);
      } else {
        t = randomText(rnd, 50 + rnd.nextInt(200));
        bases.add(t);
      }
      recs.add(rec(i, t));
    }
    MinHashDedup d = MinHashDedup.defaults().withThreshold(0.7);
    Map<Long, Finding> one = run(d.withThreads(1), recs);
    Map<Long, Finding> two = run(d.withThreads(2), recs);
    Map<Long, Finding> three = run(d.withThreads(3), recs);
    assertThat(one).hasSizeGreaterThan(500).isEqualTo(two).isEqualTo(three);
  }

  @Test
  void verificationDropsCandidatesBelowTheThreshold() {
    SplittableRandom rnd = new SplittableRandom(3);
    String base = randomText(rnd, 400);
    List<QaRecord> recs = new ArrayList<>();
    recs.add(rec(1, base));
    recs.add(rec(2, edit(base, 50, rnd)));
    recs.add(rec(3, randomText(rnd, 400)));
    // Explicit, very permissive banding (many bands of one row) makes unrelated pairs candidates.
    MinHashDedup loose = MinHashDedup.defaults().withBanding(128, 1).withThreads(1);
    Map<Long, Finding> unverified = run(loose, recs);
    assertThat(unverified).containsKeys(2L);
    DatasetCheck.Session s = loose.withVerify(true).start();
    recs.forEach(s::observe);
    Map<Long, Finding> verified = s.findings();
    assertThat(verified).containsOnlyKeys(2L);
    Finding f = verified.get(2L);
    assertThat(f.rule()).isEqualTo("near_duplicate_jaccard");
    assertThat(f.value()).isBetween(0.8, 1.0);
    assertThat(f.threshold()).isEqualTo(0.8);
    assertThat(s.report()).containsKeys("verified_pairs", "false_positive_pairs");
    assertThat((long) s.report().get("verified_pairs")).isEqualTo(1L);
  }

  @Test
  void keepPoliciesChooseTheKeptRecord() {
    SplittableRandom rnd = new SplittableRandom(4);
    String base = randomText(rnd, 200);
    List<QaRecord> recs = List.of(
        rec(1, base, 0.1), rec(2, base + " w1 w2 w3", 0.3), rec(3, base, 0.9), rec(4, base + " w9", null));
    MinHashDedup d = MinHashDedup.defaults().withThreads(1);
    assertThat(run(d, recs).values()).allMatch(f -> f.duplicateOf() == 1).hasSize(3);
    assertThat(run(d.withKeep("longest", null), recs).values()).allMatch(f -> f.duplicateOf() == 2).hasSize(3);
    assertThat(run(d.withKeep("highest_score", "q"), recs).values()).allMatch(f -> f.duplicateOf() == 3).hasSize(3);
  }

  @Test
  void reportHasHistogramAndPairCounts() {
    SplittableRandom rnd = new SplittableRandom(5);
    String a = randomText(rnd, 100);
    String b = randomText(rnd, 100);
    DatasetCheck.Session s = MinHashDedup.defaults().withThreads(2).start();
    long line = 1;
    for (String t : List.of(a, b, a, a, b, randomText(rnd, 100), "", "!!!")) {
      s.observe(rec(line++, t));
    }
    assertThat(s.findings()).hasSize(3);
    Map<String, Object> r = s.report();
    assertThat(r)
        .containsEntry("records", 8L)
        .containsEntry("empty_texts", 2L)
        .containsEntry("duplicates", 3L)
        .containsEntry("duplicate_clusters", 2L)
        .containsEntry("cluster_size_histogram", Map.of("2", 1L, "3", 1L))
        .containsEntry("candidate_pairs", 3L)
        .containsEntry("bands", 9)
        .containsEntry("rows", 13);
  }

  @Test
  void charShinglesAnd64BitHashing() {
    List<QaRecord> recs = List.of(
        rec(1, "The quick brown fox jumps over the lazy dog near the river bank today"),
        rec(2, "The quick brown fox jumped over the lazy dog near the river bank today"),
        rec(3, "Completely unrelated sentence about something else entirely, really"));
    MinHashDedup d = new MinHashDedup(0.6, 256, 4, "char", true, 64, 0, 0, 0.5, 0.5, 7, true, "first", null, 1);
    assertThat(run(d, recs)).containsOnlyKeys(2L);
  }

  @Test
  void registryAndValidation() {
    var c = CheckRegistry.create("minhash_dedup", Json.MAPPER.readTree("{\"threshold\": 0.5, \"ngram\": 3, \"num_perm\": 64}"));
    assertThat(c).isInstanceOf(MinHashDedup.class);
    MinHashDedup m = (MinHashDedup) c;
    assertThat(m.lshParams()).isEqualTo(new LshParams(14, 4));
    assertThat(CheckRegistry.configOf(m)).containsEntry("num_perm", 64).containsEntry("shingle", "word").hasSize(15);
    assertThatThrownBy(() -> CheckRegistry.create("minhash_dedup", Json.MAPPER.readTree("{\"threshold\": 1.5}")))
        .hasMessageContaining("threshold: expected a value in (0, 1), found 1.5");
    assertThatThrownBy(() -> MinHashDedup.defaults().withBanding(20, 10)).hasMessageContaining("at most num_perm");
    assertThatThrownBy(() -> MinHashDedup.defaults().withBanding(20, 0)).hasMessageContaining("give both");
    assertThatThrownBy(() -> MinHashDedup.defaults().withShingles("line", 3)).hasMessageContaining("word or char");
    assertThatThrownBy(() -> MinHashDedup.defaults().withKeep("random", null)).hasMessageContaining("keep:");
  }
}
