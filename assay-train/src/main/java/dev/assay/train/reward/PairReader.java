package dev.assay.train.reward;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.AlpacaEvalAnnotationFormat;
import dev.assay.core.format.Fields;
import dev.assay.core.format.HhRlhfFormat;
import dev.assay.core.format.PairFormats;
import dev.assay.core.format.PreferencePairFormat;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputFiles;
import dev.assay.core.io.InputRecord;
import dev.assay.core.model.Message;
import dev.assay.core.model.PreferencePair;
import dev.assay.models.reward.RewardPair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads preference pairs from any of the formats Assay knows, detected record by record:
 *
 * <ul>
 *   <li>{@code pairs}: {@code {"prompt", "chosen", "rejected", "margin"?}} (TRL's format; the
 *       prompt may be a messages array);
 *   <li>{@code hh-rlhf}: {@code {"chosen", "rejected"}} whole transcripts;
 *   <li>{@code alpacaeval}: AlpacaEval annotations ({@code instruction}, {@code output_1}, {@code
 *       output_2}, {@code preference} in [1, 2] read as the soft label {@code P(output_2) =
 *       preference - 1}); records without a verdict are skipped and counted;
 *   <li>{@code judgments}: {@code assay judge --mode pairwise} output ({@code winner} a/b/tie, the
 *       soft {@code preference} when present) with the pair texts {@code instruction}, {@code
 *       output_a}, {@code output_b} in the same record.
 * </ul>
 *
 * Pairs whose two responses are identical carry no preference and are skipped. Every error names
 * {@code file:line}.
 *
 * <pre>{@code
 * PairReader.Loaded d = PairReader.read(List.of(Path.of("prefs.jsonl"), Path.of("annotations.json.gz")));
 * List<RewardPair> pairs = d.pairs();
 * }</pre>
 */
public final class PairReader {
  private static final PreferencePairFormat PAIRS = new PreferencePairFormat();
  private static final HhRlhfFormat HH = new HhRlhfFormat();
  private static final AlpacaEvalAnnotationFormat ALPACA = new AlpacaEvalAnnotationFormat();

  /** What was read from one file. */
  public record FileStats(Path path, String format, long records, long pairs, long skipped) {}

  /** All pairs and per-file counts. */
  public record Loaded(List<RewardPair> pairs, List<FileStats> files) {
    /** Copies the lists. */
    public Loaded {
      pairs = List.copyOf(pairs);
      files = List.copyOf(files);
    }
  }

  private PairReader() {}

  /** Reads every file in order. */
  public static Loaded read(List<Path> files) {
    List<RewardPair> pairs = new ArrayList<>();
    List<FileStats> stats = new ArrayList<>();
    for (Path f : files) {
      InputFiles.checkReadable(f);
      long records = 0;
      long skipped = 0;
      int before = pairs.size();
      try (DatasetReader in = Datasets.open(f)) {
        for (InputRecord r; (r = in.next()) != null; ) {
          records++;
          if (!r.parsed()) {
            throw new AssayInputException(r.location() + ": " + r.error());
          }
          RewardPair p = toPair(r.value(), r.location());
          if (p == null) {
            skipped++;
          } else {
            pairs.add(p);
          }
        }
        if (in.summary().truncated()) {
          throw new AssayInputException(f + ": " + in.summary().truncation());
        }
      }
      stats.add(new FileStats(f, InputFiles.formatOf(f), records, pairs.size() - before, skipped));
    }
    return new Loaded(pairs, stats);
  }

  /** Maps one record; null when it carries no usable preference (no verdict, identical texts). */
  public static RewardPair toPair(JsonNode node, String where) {
    if (!node.isObject()) {
      throw new AssayInputException(where + ": expected a JSON object, found " + Fields.describe(node));
    }
    // one detection path with judge and reward score (PairFormats); a judgment is a pair row with a verdict
    String format = node.has("winner") ? "judgments" : PairFormats.detect(node);
    RewardPair p = switch (format == null ? "none" : format) {
      case "judgments" -> judgment(node, where);
      case "alpacaeval-annotation" -> alpaca(node, where);
      case "preference-pair" -> {
        PreferencePair pp = PAIRS.toPair(node, where);
        double margin = pp.margin() == null ? 0 : pp.margin();
        yield new RewardPair(pp.id(), where, "pairs", null, promptText(pp.prompt()), pp.chosen(), pp.rejected(), 1.0, margin);
      }
      case "hh-rlhf" -> {
        PreferencePair pp = HH.toPair(node, where);
        yield new RewardPair(pp.id(), where, "hh-rlhf", null, promptText(pp.prompt()), pp.chosen(), pp.rejected(), 1.0, 0);
      }
      case "pair-run" -> throw new AssayInputException(where + ": a pair without a preference ({\"instruction\","
          + " \"output_a\", \"output_b\"}, e.g. from 'assay pair'): judge it first ('assay judge') to get a"
          + " preference to learn from or to evaluate against");
      default -> throw new AssayInputException(where + ": expected a preference pair ({\"prompt\", \"chosen\", \"rejected\"}),"
          + " an hh-rlhf record ({\"chosen\", \"rejected\"}), an AlpacaEval annotation ({\"instruction\", \"output_1\","
          + " \"output_2\", \"preference\"}) or a pairwise judgment ({\"winner\", \"instruction\", \"output_a\", \"output_b\"}),"
          + " found fields " + fieldNames(node));
    };
    return p == null || p.chosen().equals(p.rejected()) ? null : p;
  }

  private static RewardPair alpaca(JsonNode node, String where) {
    double pref = ALPACA.toJudgment(node, where).preference();
    if (Double.isNaN(pref)) {
      return null;
    }
    String a = Fields.string(node, "output_1", where);
    String b = Fields.string(node, "output_2", where);
    String id = node.hasNonNull("id") ? node.get("id").asString() : where;
    return RewardPair.fromProbability(id, where, "alpacaeval", Fields.optionalString(node, "generator_2", where),
        Fields.string(node, "instruction", where), a, b, pref - 1);
  }

  private static RewardPair judgment(JsonNode node, String where) {
    for (String f : List.of("instruction", "output_a", "output_b")) {
      if (!node.path(f).isString()) {
        throw new AssayInputException(where + ": field '" + f + "': a judgment needs the pair texts (instruction,"
            + " output_a, output_b) to train on, found " + Fields.describe(node.get(f)));
      }
    }
    JsonNode w = node.get("winner");
    JsonNode pref = node.get("preference");
    double pB;
    if (pref != null && pref.isNumber()) {
      double v = pref.doubleValue();
      if (v < 1 || v > 2) {
        throw new AssayInputException(where + ": field 'preference': expected a number in [1, 2], found " + v);
      }
      pB = v - 1;
    } else if (w == null || w.isNull()) {
      return null;
    } else {
      pB = switch (w.isString() ? w.stringValue() : "") {
        case "a" -> 0.0;
        case "b" -> 1.0;
        case "tie" -> 0.5;
        default -> throw new AssayInputException(
            where + ": field 'winner': expected \"a\", \"b\", \"tie\" or null, found " + Fields.describe(w));
      };
    }
    String id = node.hasNonNull("id") ? node.get("id").asString() : where;
    return RewardPair.fromProbability(id, where, "judgments", Fields.optionalString(node, "model_b", where),
        node.get("instruction").stringValue(), node.get("output_a").stringValue(), node.get("output_b").stringValue(), pB);
  }

  /** The last user turn of a conversation (the whole text when there is no user turn). */
  static String promptText(List<Message> prompt) {
    for (int i = prompt.size() - 1; i >= 0; i--) {
      if (prompt.get(i).role().equals("user")) {
        return prompt.get(i).content();
      }
    }
    StringBuilder s = new StringBuilder();
    for (Message m : prompt) {
      s.append(m.content()).append('\n');
    }
    return s.toString().strip();
  }

  private static String fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names.toString();
  }
}
