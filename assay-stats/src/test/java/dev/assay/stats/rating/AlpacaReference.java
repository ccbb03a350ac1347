package dev.assay.stats.rating;

import dev.assay.testkit.SharedData;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * AlpacaEval 2.0 reference data from shared/data/alpaca_eval (tatsu-lab/alpaca_eval, Apache-2.0):
 * the annotations of 14 models aligned on their instructions, the published leaderboard and the
 * published length-controlled GLM weights. Tests are skipped when the data is absent.
 */
final class AlpacaReference {
  /** The baseline of every annotation file. */
  static final String BASELINE = "gpt4_1106_preview";

  /** Annotations of one model, aligned to {@link #instructions}. */
  record Model(String name, int[] index, List<LengthControlledWinRate.Row> rows) {
    InstructionDifficulty.ModelAnnotations annotations() {
      return new InstructionDifficulty.ModelAnnotations(name, index, rows);
    }

    /** The rows with the given per-instruction difficulties filled in. */
    List<LengthControlledWinRate.Row> withDifficulty(double[] d) {
      List<LengthControlledWinRate.Row> out = new ArrayList<>();
      for (int k = 0; k < rows.size(); k++) {
        LengthControlledWinRate.Row r = rows.get(k);
        out.add(new LengthControlledWinRate.Row(r.preference(), r.length1(), r.length2(), d[index[k]]));
      }
      return out;
    }

    double[] difficulties(double[] d) {
      double[] out = new double[index.length];
      for (int k = 0; k < index.length; k++) {
        out[k] = d[index[k]];
      }
      return out;
    }
  }

  final Map<String, Model> models = new LinkedHashMap<>();
  final Map<String, Integer> instructions = new LinkedHashMap<>();
  final Map<String, GlmWeights> weights = new HashMap<>();
  final Map<String, double[]> leaderboard = new HashMap<>(); // {length_controlled_winrate, lc_standard_error}

  private AlpacaReference() {}

  private static AlpacaReference cached;

  static synchronized AlpacaReference load() throws IOException {
    if (cached != null) {
      return cached;
    }
    Path data = SharedData.require();
    Path dir = data.resolve("alpaca_eval");
    AlpacaReference ref = new AlpacaReference();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("annotations"))) {
      // The 14 models the documented tolerances were measured on (shared/data now holds 45).
      files = s.filter(p -> dev.assay.testkit.AlpacaEvalModels.ORIGINAL.contains(p.getFileName().toString().replace(".json.gz", "")))
          .sorted().toList();
    }
    JsonMapper mapper = JsonMapper.builder().build();
    for (Path f : files) {
      JsonNode array;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
        array = mapper.readTree(in);
      }
      String name = f.getFileName().toString().replace(".json.gz", "");
      int[] index = new int[array.size()];
      List<LengthControlledWinRate.Row> rows = new ArrayList<>();
      for (int k = 0; k < array.size(); k++) {
        JsonNode r = array.get(k);
        String instruction = r.get("instruction").stringValue();
        index[k] = ref.instructions.computeIfAbsent(instruction, x -> ref.instructions.size());
        JsonNode p = r.get("preference");
        rows.add(
            new LengthControlledWinRate.Row(
                p == null || p.isNull() ? Double.NaN : p.doubleValue(),
                codePoints(r.get("output_1").stringValue()),
                codePoints(r.get("output_2").stringValue()),
                0));
      }
      ref.models.put(name, new Model(name, index, rows));
    }
    for (String line : Files.readAllLines(dir.resolve("lc_weights_baseline_gpt4_1106_preview.csv"))) {
      String[] c = line.split(",", -1);
      if (!c[0].isEmpty()) {
        ref.weights.put(
            c[0],
            new GlmWeights(Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[3])));
      }
    }
    List<String> lines = Files.readAllLines(dir.resolve("leaderboard_weighted_alpaca_eval_gpt4_turbo.csv"));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int lc = header.indexOf("length_controlled_winrate");
    int lcSe = header.indexOf("lc_standard_error");
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split(",", -1);
      ref.leaderboard.putIfAbsent(
          c[0],
          new double[] {
            Double.parseDouble(c[lc]), c[lcSe].isEmpty() ? Double.NaN : Double.parseDouble(c[lcSe])
          });
    }
    cached = ref;
    return ref;
  }

  private static long codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  /** The annotated models that have published GLM weights, the baseline excluded. */
  List<Model> weighted() {
    return models.values().stream()
        .filter(m -> weights.containsKey(m.name()) && !m.name().equals(BASELINE))
        .toList();
  }
}
