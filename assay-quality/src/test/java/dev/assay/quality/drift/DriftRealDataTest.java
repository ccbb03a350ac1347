package dev.assay.quality.drift;

import dev.assay.testkit.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.Json;
import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.Embedders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import dev.assay.testkit.Ci;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift on real text with the bundled MiniLM: two halves of AlpacaEval's instructions do not
 * drift; AlpacaEval instructions against hh-rlhf's first human turns (red-teaming questions) do,
 * in length and in content.
 */
class DriftRealDataTest {
  @TempDir Path dir;

  static List<String> alpaca() throws IOException {
    Path d = SharedData.path("alpaca_eval/annotations");
    Path f;
    try (Stream<Path> s = Files.list(d)) {
      f = s.filter(p -> p.toString().endsWith(".json.gz")).sorted().findFirst().orElseThrow();
    }
    List<String> out = new ArrayList<>();
    try (DatasetReader in = Datasets.open(f)) {
      for (InputRecord r; (r = in.next()) != null; ) {
        out.add(r.value().get("instruction").asString());
      }
    }
    return out;
  }

  static List<String> hhFirstTurns(int n) {
    List<String> out = new ArrayList<>();
    try (DatasetReader in = Datasets.open(SharedData.path("hh_rlhf/harmless-base-test.jsonl.gz"))) {
      for (InputRecord r; (r = in.next()) != null && out.size() < n; ) {
        String chosen = r.value().get("chosen").asString();
        int h = chosen.indexOf("Human:");
        int a = chosen.indexOf("\n\nAssistant:");
        if (h >= 0 && a > h) {
          out.add(chosen.substring(h + 6, a).strip());
        }
      }
    }
    return out;
  }

  Path write(String name, List<String> texts) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String t : texts) {
      lines.add(Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode().put("text", t)));
    }
    Path p = dir.resolve(name);
    Files.write(p, lines);
    return p;
  }

  @Test
  void alpacaHalvesAreStableAndHhRlhfDrifts() throws IOException {
    Embedder e;
    try {
      e = Embedders.open(Embedders.MINILM_Q);
    } catch (RuntimeException ex) {
      Ci.require(false, "embedding model not available: " + ex.getMessage(),
          "build assay-models so its bundled MiniLM models are on the test class path");
      return;
    }
    try (e) {
      List<String> ae = new ArrayList<>(alpaca());
      java.util.Collections.shuffle(ae, new java.util.Random(3));
      Path a = write("a.jsonl", ae.subList(0, 400));
      Path b = write("b.jsonl", ae.subList(400, ae.size()));
      Path hh = write("hh.jsonl", hhFirstTurns(400));
      DriftOptions o = DriftOptions.defaults("text").withFeatures(Set.of("chars", "words", "embedding")).withClusters(6, 400);
      DriftReport same = DriftRun.run(a, b, o, dir.resolve("same"), e, null, List.of()).report();
      DriftReport diff = DriftRun.run(a, hh, o, dir.resolve("diff"), e, null, List.of()).report();
      System.out.println("drift AlpacaEval half vs half: shifted " + same.shiftedFeatures() + ", MMD p " + same.embedding().pValue()
          + ", words KS p " + same.numeric("words").pValue());
      System.out.println("drift AlpacaEval vs hh-rlhf: shifted " + diff.shiftedFeatures() + ", MMD p " + diff.embedding().pValue()
          + ", words KS p " + diff.numeric("words").pValue());
      System.out.println(DriftMarkdown.render(diff));
      assertThat(same.shiftedFeatures()).isEmpty();
      assertThat(diff.shiftedFeatures()).contains("embedding", "clusters");
      assertThat(diff.clusters().clusters()).anyMatch(c -> !c.change().equals("stable"));
    }
  }
}
