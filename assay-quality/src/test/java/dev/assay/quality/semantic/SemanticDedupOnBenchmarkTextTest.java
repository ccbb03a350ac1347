package dev.assay.quality.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.Embedders;
import dev.assay.quality.Finding;
import dev.assay.stats.cluster.UnionFind;
import dev.assay.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enough text for the jvector path (more than {@link NeighbourIndex#EXACT_BELOW} distinct texts):
 * the 80 MT-Bench first turns from shared/data, with paraphrases and copies written for this test
 * appended. The check must agree with brute-force clustering of the same vectors.
 */
class SemanticDedupOnBenchmarkTextTest {

  static List<String> mtBench() throws IOException {
    Path questions = SharedData.path("mt_bench/question.jsonl");
    List<String> out = new ArrayList<>();
    JsonMapper m = JsonMapper.builder().build();
    for (String line : Files.readAllLines(questions)) {
      out.add(m.readTree(line).path("turns").get(0).asString());
    }
    return out;
  }

  @Test
  void findsThePlantedDuplicatesAndAgreesWithBruteForce() throws IOException {
    List<String> texts = new ArrayList<>(mtBench());
    int n = texts.size();
    texts.addAll(SemanticDedupTest.TEXTS);
    texts.add(texts.get(0)); // an exact copy of MT-Bench question 81
    Map<Long, Finding> f = SemanticDedupTest.run(SemanticDedup.defaults(), texts);
    assertThat(f.get((long) n + 3).duplicateOf()).isEqualTo(n + 1);
    assertThat(f.get((long) n + 5).duplicateOf()).isEqualTo(n + 2);
    assertThat(f.get((long) texts.size()).duplicateOf()).isEqualTo(1);
    assertThat(f.get((long) texts.size()).rule()).isEqualTo("exact");

    // brute force over the same vectors, clusters by union-find, first kept
    List<String> live = texts.stream().filter(t -> !Embedder.isBlank(t)).toList();
    float[][] v;
    try (Embedder e = Embedders.open("minilm")) {
      v = e.embed(live);
    }
    UnionFind uf = new UnionFind(live.size());
    for (int i = 0; i < live.size(); i++) {
      for (int j = i + 1; j < live.size(); j++) {
        if (live.get(i).strip().equals(live.get(j).strip()) || Embedder.cosine(v[i], v[j]) >= 0.9) {
          uf.union(i, j);
        }
      }
    }
    long expected = 0;
    for (int i = 0; i < live.size(); i++) {
      boolean first = true;
      for (int j = 0; j < i; j++) {
        first &= uf.find(j) != uf.find(i);
      }
      expected += first ? 0 : 1;
    }
    assertThat(f).hasSize((int) expected);
  }

  @Test
  void severalBucketsStillCatchExactCopiesAndCloseParaphrases() throws IOException {
    List<String> texts = new ArrayList<>(mtBench());
    int n = texts.size();
    texts.addAll(SemanticDedupTest.TEXTS);
    SemanticDedup d = SemanticDedup.defaults();
    SemanticDedup four = new SemanticDedup(d.model(), d.threshold(), 4, d.batchSize(), d.keep(), d.neighbours(), d.seed());
    Map<Long, Finding> f = SemanticDedupTest.run(four, texts);
    assertThat(f).containsKeys((long) n + 7, (long) n + 12);
    assertThat(f.get((long) n + 7).duplicateOf()).isEqualTo(n + 1);
  }
}
