package dev.assay.quality.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Two generated sets: text length and topics shift, the score field does not. */
class DriftAnalysisTest {
  static final String[] GARDEN = {"tomato", "soil", "compost", "seedling", "prune", "watering", "mulch", "greenhouse"};
  static final String[] CODE = {"function", "compiler", "variable", "loop", "refactor", "debugger", "array", "thread"};
  static final String[] SPACE = {"orbit", "rocket", "nebula", "telescope", "astronaut", "galaxy", "comet", "lander"};

  @TempDir Path dir;

  static String text(Random rnd, String[] vocab, int words) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      b.append(i == 0 ? "" : " ").append(vocab[rnd.nextInt(vocab.length)]);
    }
    return b.toString();
  }

  /** Reference: garden + code, ~20 words. Current: ~35 words, and a third about space. */
  Path write(String name, boolean current, int n, long seed) throws Exception {
    Random rnd = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] vocab = current && i % 3 == 0 ? SPACE : (i % 2 == 0 ? GARDEN : CODE);
      int words = Math.max(3, (int) Math.round((current ? 35 : 20) + 5 * rnd.nextGaussian()));
      lines.add(Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode()
          .put("id", name + i).put("text", text(rnd, vocab, words)).put("score", rnd.nextDouble())));
    }
    Path p = dir.resolve(name + ".jsonl");
    Files.write(p, lines);
    return p;
  }

  @Test
  void reportsTheShiftedFeaturesAndNotTheStableOne() throws Exception {
    Path ref = write("ref", false, 400, 1);
    Path cur = write("cur", true, 400, 2);
    Files.writeString(cur, Files.readString(cur) + "{broken\n");
    DriftOptions o = DriftOptions.defaults("text").withFeatures(Set.of("chars", "words", "embedding")).withNumericFields(List.of("score")).withClusters(3, 2000);
    Path out = dir.resolve("out");
    DriftRun.Result r = DriftRun.run(ref, cur, o, out, new TopicEmbedder(), null, List.of("test"));
    DriftReport rep = r.report();

    assertThat(rep.numeric("words").pValue()).isLessThan(1e-10);
    assertThat(rep.numeric("words").psi()).isGreaterThan(0.25);
    assertThat(rep.numeric("chars").shifted()).isTrue();
    assertThat(rep.numeric("score").pValue()).isGreaterThan(0.01);
    assertThat(rep.numeric("score").shifted()).isFalse();
    assertThat(rep.embedding().shifted()).as(rep.embedding().toString()).isTrue();
    assertThat(rep.shiftedFeatures()).contains("chars", "words", "embedding", "clusters").doesNotContain("score");

    ClusterShift.Cluster appeared = rep.clusters().clusters().get(0);
    assertThat(appeared.change()).isEqualTo("appeared");
    assertThat(appeared.referenceShare()).isLessThan(0.02);
    assertThat(appeared.currentShare()).isGreaterThan(0.3);
    assertThat(appeared.currentExamples()).hasSize(3);
    assertThat(appeared.currentExamples().get(0).snippet()).containsAnyOf(SPACE);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(rep.current()).containsEntry("parsed", 400L).containsEntry("quarantined", 1L);

    JsonNode json = Json.MAPPER.readTree(out.resolve("report.json").toFile());
    assertThat(json.get("shifted_features").toString()).contains("words");
    assertThat(json.get("numeric").get(0).has("p_value")).isTrue();
    String md = Files.readString(out.resolve("report.md"));
    assertThat(md).contains("**Shifted:**").contains("appeared").contains("| score |");
    assertThat(Files.readString(out.resolve("quarantine.jsonl"))).contains("cur.jsonl:401");
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"shifted_features\"");
  }

  @Test
  void sameDistributionShowsNoShift() throws Exception {
    Path a = write("a", false, 400, 3);
    Path b = write("b", false, 400, 4);
    DriftOptions o = DriftOptions.defaults("text").withFeatures(Set.of("chars", "words", "embedding")).withNumericFields(List.of("score")).withClusters(3, 2000);
    DriftReport rep = DriftRun.run(a, b, o, dir.resolve("o"), new TopicEmbedder(), null, List.of()).report();
    assertThat(rep.shiftedFeatures()).isEmpty();
    assertThat(rep.clusters().clusters()).allMatch(c -> c.change().equals("stable"));
  }

  @Test
  void skippedFeaturesAreNoted() throws Exception {
    Path a = write("a", false, 50, 5);
    DriftReport rep = DriftRun.run(a, a, DriftOptions.defaults("text"), dir.resolve("o"), null, null, List.of()).report();
    assertThat(rep.notes()).anyMatch(n -> n.startsWith("language: skipped")).anyMatch(n -> n.startsWith("embedding: skipped"));
    assertThat(rep.embedding()).isNull();
  }

  @Test
  void clusterChangeLabels() {
    assertThat(ClusterShift.change(0.0, 0.2, 0.02)).isEqualTo("appeared");
    assertThat(ClusterShift.change(0.2, 0.01, 0.02)).isEqualTo("vanished");
    assertThat(ClusterShift.change(0.2, 0.3, 0.02)).isEqualTo("grew");
    assertThat(ClusterShift.change(0.3, 0.2, 0.02)).isEqualTo("shrank");
    assertThat(ClusterShift.change(0.3, 0.31, 0.02)).isEqualTo("stable");
  }
}
