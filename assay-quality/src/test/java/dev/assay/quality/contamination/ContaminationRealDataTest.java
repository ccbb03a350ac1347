package dev.assay.quality.contamination;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import dev.assay.testkit.Ci;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contamination on real benchmarks: a training file built at test time from MT-Bench questions and
 * AlpacaEval instructions (read from shared/data, never stored in the repository), verbatim,
 * lightly edited and heavily reworded, mixed with unrelated rows; recall per kind and precision.
 */
class ContaminationRealDataTest {
  @TempDir Path dir;

  record Row(String text, String kind) {}

  static List<String> mtBenchFirstTurns() throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(SharedData.path("mt_bench/question.jsonl"))) {
      out.add(Json.MAPPER.readTree(line).get("turns").get(0).asString());
    }
    return out;
  }

  static Path alpacaFile() throws IOException {
    Path dir = SharedData.path("alpaca_eval/annotations");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json.gz")).sorted().findFirst().orElseThrow();
    }
  }

  static List<String> alpacaInstructions() throws IOException {
    List<String> out = new ArrayList<>();
    try (DatasetReader in = Datasets.open(alpacaFile())) {
      for (InputRecord r; (r = in.next()) != null; ) {
        out.add(r.value().get("instruction").asString());
      }
    }
    return out;
  }

  /** Lower-cases, drops punctuation at random, replaces one middle word, adds a tail. */
  static String lightEdit(String s, Random rnd) {
    String[] w = s.split("\\s+");
    w[w.length / 2] = "something";
    String t = String.join(" ", w).toLowerCase(Locale.ROOT);
    return (rnd.nextBoolean() ? t.replace(",", "") : t) + " Answer briefly please.";
  }

  /** Drops every third word and swaps a few verbs: no 13 consecutive words survive. */
  static String heavyRewrite(String s) {
    String[] w = s.split("\\s+");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < w.length; i++) {
      if (i % 3 != 2) {
        kept.add(switch (w[i].toLowerCase(Locale.ROOT)) {
          case "write" -> "compose";
          case "explain" -> "describe";
          case "describe" -> "explain";
          case "create" -> "make";
          case "provide" -> "give";
          default -> w[i];
        });
      }
    }
    return "Could you help with this: " + String.join(" ", kept);
  }

  static List<Row> trainingRows(List<String> mt, List<String> ae) {
    Random rnd = new Random(20240601);
    List<String> mtLong = new ArrayList<>(mt.stream().filter(t -> t.split("\\s+").length >= 20).toList());
    List<String> aeMid = new ArrayList<>(ae.stream().filter(t -> t.split("\\s+").length >= 8).toList());
    List<String> aeLong = new ArrayList<>(ae.stream().filter(t -> t.split("\\s+").length >= 20).toList());
    Collections.shuffle(mtLong, rnd);
    Collections.shuffle(aeMid, rnd);
    Collections.shuffle(aeLong, rnd);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rows.add(new Row("Task from my notes. " + mtLong.get(i) + " Thanks!", "verbatim"));
      rows.add(new Row(aeMid.get(i), "verbatim"));
      rows.add(new Row(lightEdit(mtLong.get(8 + i), rnd), "light_edit"));
      rows.add(new Row(lightEdit(aeLong.get(i), rnd), "light_edit"));
      rows.add(new Row(heavyRewrite(mtLong.get(16 + i)), "reworded"));
      rows.add(new Row(heavyRewrite(aeLong.get(8 + i)), "reworded"));
    }
    for (String u : UnrelatedRows.ROWS) {
      rows.add(new Row(u, "unrelated"));
    }
    Collections.shuffle(rows, rnd);
    return rows;
  }

  Path writeTraining(List<Row> rows) throws IOException {
    Path p = dir.resolve("train.jsonl");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ObjectNode o = Json.MAPPER.createObjectNode().put("id", "r" + i).put("text", rows.get(i).text()).put("kind", rows.get(i).kind());
      lines.add(Json.MAPPER.writeValueAsString(o));
    }
    Files.write(p, lines);
    return p;
  }

  /** Per kind: [rows, flagged]. */
  static Map<String, int[]> score(List<Row> rows, List<List<ContaminationMatch>> matches) {
    Map<String, int[]> out = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      int[] c = out.computeIfAbsent(rows.get(i).kind(), k -> new int[2]);
      c[0]++;
      c[1] += matches.get(i).isEmpty() ? 0 : 1;
    }
    return out;
  }

  static String describe(String label, Map<String, int[]> s) {
    StringBuilder b = new StringBuilder(label).append(':');
    int tp = 0;
    int fp = s.getOrDefault("unrelated", new int[2])[1];
    for (Map.Entry<String, int[]> e : s.entrySet()) {
      b.append(String.format(Locale.ROOT, " %s %d/%d", e.getKey(), e.getValue()[1], e.getValue()[0]));
      if (!e.getKey().equals("unrelated")) {
        tp += e.getValue()[1];
      }
    }
    b.append(String.format(Locale.ROOT, " precision %.3f", tp + fp == 0 ? 1.0 : (double) tp / (tp + fp)));
    return b.toString();
  }

  ContaminationCheck check() throws IOException {
    return ContaminationCheck.defaults()
        .withBenchmarks(List.of(SharedData.path("mt_bench/question.jsonl") + ":turns", alpacaFile() + ":instruction"));
  }

  @Test
  void ngramsFindEveryVerbatimAndLightlyEditedLeakAndNothingElse() throws IOException {
    List<Row> rows = trainingRows(mtBenchFirstTurns(), alpacaInstructions());
    ContaminationDetector d = ContaminationDetector.build(check(), null);
    assertThat(d.ngrams().items()).hasSizeGreaterThan(800);
    List<List<ContaminationMatch>> m = d.match(rows.stream().map(Row::text).toList());
    Map<String, int[]> s = score(rows, m);
    System.out.println(describe("contamination n-gram (13)", s));
    assertThat(s.get("verbatim")[1]).isEqualTo(16);
    // one word replaced mid-item: an item of fewer than 27 words keeps no intact 13-gram
    assertThat(s.get("light_edit")[1]).isGreaterThanOrEqualTo(11);
    assertThat(s.get("unrelated")[1]).isZero();
    assertThat(s.get("reworded")[1]).isZero(); // no 13 consecutive words survive: embeddings' job
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).kind().equals("verbatim") && !m.get(i).isEmpty()) {
        assertThat(m.get(i).get(0).overlap()).isEqualTo(1.0);
      }
    }
  }

  @Test
  void scanWritesFlaggedRowsWithTheirBenchmarkItems() throws IOException {
    List<Row> rows = trainingRows(mtBenchFirstTurns(), alpacaInstructions());
    Path train = writeTraining(rows);
    Files.writeString(train, Files.readString(train) + "{not json\n");
    Path out = dir.resolve("out");
    ContaminationScanResult r =
        ContaminationScan.run(new ContaminationScanOptions(train, null, "text", out, check()), null, List.of("test"));
    assertThat(r.flagged()).isGreaterThanOrEqualTo(27);
    assertThat(r.quarantined()).isEqualTo(1);
    assertThat(r.flagged() + r.clean() + r.quarantined()).isEqualTo(r.recordsIn());
    List<String> flagged = Files.readAllLines(out.resolve("flagged.jsonl"));
    for (String line : flagged) {
      var node = Json.MAPPER.readTree(line);
      assertThat(node.get("kind").asString()).isIn("verbatim", "light_edit");
      var match = node.get("matches").get(0);
      assertThat(match.get("benchmark").asString()).matches(".*(question\\.jsonl|\\.json\\.gz)");
      assertThat(match.get("line").asLong()).isPositive();
    }
    assertThat(Files.readAllLines(out.resolve("clean.jsonl"))).hasSize((int) r.clean());
    assertThat(Files.readString(out.resolve("quarantine.jsonl"))).contains("\"line\":" + (rows.size() + 1));
    assertThat(Files.readString(out.resolve("manifest.json"))).contains("\"flagged\" : " + r.flagged()).contains("question.jsonl");
  }

  /** Best cosine per kind (min for leaks, max for unrelated rows): where a threshold can sit. */
  void printCosines(List<Row> rows, Embedder e) throws IOException {
    EmbeddingIndex idx = EmbeddingIndex.build(e, BenchmarkLoader.load(check().sources()).texts());
    float[][] v = e.embed(rows.stream().map(Row::text).toList());
    Map<String, double[]> range = new LinkedHashMap<>();
    double[] thresholds = {0.75, 0.8, 0.85, 0.9};
    int[][] above = new int[thresholds.length][2]; // reworded, unrelated
    for (int i = 0; i < rows.size(); i++) {
      double c = idx.best(v[i]).cosine();
      for (int t = 0; t < thresholds.length; t++) {
        if (c >= thresholds[t] && rows.get(i).kind().equals("reworded")) {
          above[t][0]++;
        } else if (c >= thresholds[t] && rows.get(i).kind().equals("unrelated")) {
          above[t][1]++;
        }
      }
      double[] r = range.computeIfAbsent(rows.get(i).kind(), k -> new double[] {2, -2});
      r[0] = Math.min(r[0], c);
      r[1] = Math.max(r[1], c);
    }
    range.forEach((k, r) -> System.out.printf(Locale.ROOT, "best cosine %s: min %.3f max %.3f%n", k, r[0], r[1]));
    for (int t = 0; t < thresholds.length; t++) {
      System.out.printf(Locale.ROOT, "cosine >= %.2f alone: reworded %d/16, unrelated %d/60%n", thresholds[t], above[t][0], above[t][1]);
    }
  }

  @Test
  void embeddingsAlsoFindRewordedLeaks() throws IOException {
    Embedder e;
    try {
      e = Embedders.open(Embedders.MINILM);
    } catch (RuntimeException ex) {
      Ci.require(false, "embedding model not available: " + ex.getMessage(),
          "build assay-models so its bundled MiniLM models are on the test class path");
      return;
    }
    try (e) {
      List<Row> rows = trainingRows(mtBenchFirstTurns(), alpacaInstructions());
      ContaminationDetector d = ContaminationDetector.build(check().withEmbedder(Embedders.MINILM, 0.8), e);
      List<List<ContaminationMatch>> m = d.match(rows.stream().map(Row::text).toList());
      Map<String, int[]> s = score(rows, m);
      System.out.println(describe("contamination n-gram + MiniLM cosine >= 0.80", s));
      printCosines(rows, e);
      assertThat(s.get("verbatim")[1]).isEqualTo(16);
      assertThat(s.get("light_edit")[1]).isEqualTo(16);
      assertThat(s.get("reworded")[1]).isGreaterThanOrEqualTo(11);
      assertThat(s.get("unrelated")[1]).isZero();
    }
  }
}
