package dev.assay.cli.stats;

import dev.assay.cli.UsageError;
import dev.assay.core.AssayInputException;
import dev.assay.eval.benchmark.alpacaeval.Annotation;
import dev.assay.eval.benchmark.alpacaeval.AnnotationReader;
import dev.assay.stats.rating.GlmWeights;
import dev.assay.stats.rating.InstructionDifficulty;
import dev.assay.stats.rating.LengthControlledResult;
import dev.assay.stats.rating.LengthControlledWinRate;
import dev.assay.stats.rating.LengthControlledWinRate.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads what {@code assay stats winrate --length-controlled} needs (annotations with both outputs,
 * a difficulty CSV, reference annotation files) and computes the length-controlled win rate with
 * {@link LengthControlledWinRate}; every input problem is a {@link UsageError} naming the place.
 *
 * <pre>{@code
 * Map<String, Object> out = LengthControlledInputs.compute(annotations, difficultyCsv, references);
 * }</pre>
 */
final class LengthControlledInputs {
  /** Inverse L1 strength of the joint difficulty fit over reference annotations. */
  static final double JOINT_C = 10.0;

  private LengthControlledInputs() {}

  /** One annotation file: its instructions, rows and generator names. */
  record AnnotationSet(Path path, List<String> instructions, List<Row> rows, String generator1, String generator2) {
    boolean isGamedBaseline() {
      // AlpacaEval's rule (notebook_helpers.make_data): the baseline's name plus verbose/concise.
      return generator2.contains(generator1) && (generator2.contains("verbose") || generator2.contains("concise"));
    }
  }

  /**
   * The output keys: {@code length_controlled_winrate}, {@code lc_standard_error}, {@code lc_glm},
   * {@code lc_difficulty}, {@code lc_weights}, {@code lc_c}.
   */
  static Map<String, Object> compute(Path annotations, Path difficultyCsv, List<Path> references) {
    AnnotationSet target = read(annotations);
    List<AnnotationSet> refs = new ArrayList<>();
    for (Path p : expand(references)) {
      AnnotationSet r = read(p);
      if (!r.generator2().equals(target.generator2())) {
        refs.add(r);
      }
    }
    String source;
    Map<String, Double> byInstruction = null;
    if (difficultyCsv != null) {
      source = "file";
      byInstruction = difficultyCsv(difficultyCsv, target);
    } else if (!refs.isEmpty()) {
      source = "estimated";
      Map<String, Integer> index = new LinkedHashMap<>();
      List<InstructionDifficulty.ModelAnnotations> models = new ArrayList<>();
      List<AnnotationSet> all = new ArrayList<>(refs);
      all.add(target);
      for (AnnotationSet a : all) {
        int[] idx = a.instructions().stream().mapToInt(s -> index.computeIfAbsent(s, k -> index.size())).toArray();
        models.add(new InstructionDifficulty.ModelAnnotations(a.generator2(), idx, a.rows()));
      }
      double[] d =
          InstructionDifficulty.joint(index.size(), models, JOINT_C, InstructionDifficulty.Config.defaults())
              .difficulties();
      Map<String, Double> estimated = new HashMap<>();
      index.forEach((s, i) -> estimated.put(s, d[i]));
      byInstruction = estimated;
    } else {
      source = "none"; // AlpacaEval's length_controlled_minimal: no difficulty, no regularisation
    }
    List<Row> rows = byInstruction == null ? target.rows() : withDifficulty(target, byInstruction);
    List<List<Row>> gamed = new ArrayList<>();
    for (AnnotationSet r : refs) {
      if (byInstruction != null && r.isGamedBaseline() && r.generator1().equals(target.generator1())) {
        gamed.add(withDifficulty(r, byInstruction));
      }
    }
    LengthControlledResult r;
    try {
      r =
          target.generator1().equals(target.generator2())
              ? LengthControlledWinRate.baselineAgainstItself(rows.size())
              : LengthControlledWinRate.fit(rows, gamed, LengthControlledWinRate.Config.alpacaEval());
    } catch (IllegalArgumentException e) {
      throw new UsageError(annotations + ": " + e.getMessage(), e);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("length_controlled_winrate", r.winRate());
    out.put("lc_standard_error", Double.isNaN(r.standardError()) ? null : r.standardError());
    out.put(
        "lc_glm",
        source.equals("none")
            ? "length_controlled_minimal"
            : gamed.isEmpty() ? "length_controlled_noreg" : "length_controlled_v1");
    out.put("lc_difficulty", source);
    Map<String, Object> w = new LinkedHashMap<>();
    GlmWeights g = r.weights();
    w.put(GlmWeights.ALPACA_EVAL_COLUMNS.get(0), g.length());
    w.put(GlmWeights.ALPACA_EVAL_COLUMNS.get(1), g.difficulty());
    w.put(GlmWeights.ALPACA_EVAL_COLUMNS.get(2), g.model());
    out.put("lc_weights", w);
    out.put("lc_c", Double.isNaN(r.c()) ? null : r.c());
    return out;
  }

  private static List<Path> expand(List<Path> references) {
    List<Path> files = new ArrayList<>();
    for (Path p : references == null ? List.<Path>of() : references) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".json.gz"))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UsageError(p + ": cannot list directory: " + e.getMessage(), e);
        }
      } else {
        files.add(p);
      }
    }
    return files;
  }

  /** Reads one annotation file with assay-eval's {@link AnnotationReader} (errors name file:line). */
  static AnnotationSet read(Path path) {
    dev.assay.eval.benchmark.alpacaeval.AnnotationSet s;
    try {
      s = AnnotationReader.read(path);
    } catch (AssayInputException e) {
      throw new UsageError(e.getMessage(), e);
    }
    List<String> instructions = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Annotation a : s.annotations()) {
      instructions.add(a.instruction());
      try {
        rows.add(new Row(a.preference(), a.length1(), a.length2(), 0));
      } catch (IllegalArgumentException e) {
        throw new UsageError(a.location() + ": " + e.getMessage(), e);
      }
    }
    return new AnnotationSet(path, instructions, rows, s.baseline(), s.generator());
  }

  /** Reads {@code instruction|index, difficulty|instruction_difficulty} into a map by instruction. */
  private static Map<String, Double> difficultyCsv(Path csv, AnnotationSet target) {
    Map<String, Double> out = new HashMap<>();
    RatingInputs.forEachObject(
        csv,
        "csv",
        r -> {
          String key = "difficulty";
          if (!r.value().has(key)) {
            key = "instruction_difficulty";
          }
          double d = RatingInputs.requireNumber(r, key);
          JsonNode instruction = r.value().get("instruction");
          JsonNode index = r.value().get("index");
          if (instruction != null && instruction.isString()) {
            out.put(instruction.stringValue(), d);
          } else if (index != null && index.isIntegralNumber()) {
            int i = index.intValue();
            if (i >= 0 && i < target.instructions().size()) {
              out.put(target.instructions().get(i), d); // AlpacaEval's index: row position
            }
          } else {
            throw new UsageError(
                r.location() + ": expected an \"instruction\" (text) or \"index\" (row number) column");
          }
        });
    return out;
  }

  private static List<Row> withDifficulty(AnnotationSet a, Map<String, Double> difficulty) {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < a.rows().size(); k++) {
      Double d = difficulty.get(a.instructions().get(k));
      if (d == null) {
        throw new UsageError(
            a.path() + ": instruction " + (k + 1) + " has no difficulty: expected every instruction of the"
                + " annotations in the difficulty file or in the reference annotations");
      }
      Row r = a.rows().get(k);
      rows.add(new Row(r.preference(), r.length1(), r.length2(), d));
    }
    return rows;
  }
}
