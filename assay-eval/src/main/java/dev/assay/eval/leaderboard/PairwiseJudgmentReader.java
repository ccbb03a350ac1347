package dev.assay.eval.leaderboard;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.Fields;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads pairwise judgments (JSON Lines, gzip detected) for the leaderboard. One object per line:
 *
 * <ul>
 *   <li>{@code id} (string or number), {@code model_a}, {@code model_b} (or FastChat's {@code
 *       model_1}, {@code model_2}); the item (instruction) the pair answers is {@code item_id}, else
 *       {@code question_id}, else {@code id}: pairs of different models on the same item should
 *       share it (the length-controlled win rate estimates a difficulty per item);
 *   <li>the verdict: {@code preference} (AlpacaEval's number in [1, 2], 0 = tie) or {@code winner}
 *       ({@code a}|{@code b}|{@code tie}, also {@code model_a}/{@code model_b}); null or absent =
 *       not judged (the row is counted as unjudged);
 *   <li>optional {@code human} (or {@code human_label}, {@code human_winner}): a|b|tie;
 *   <li>optional per-order verdicts: {@code order_ab.verdict} and {@code order_ba.verdict} as
 *       {@code assay judge} writes them (each in the terms of the order shown: in {@code order_ba},
 *       "a" is the answer shown first, model B), or FastChat's {@code g1_winner}/{@code g2_winner}
 *       (already in the pair's terms);
 *   <li>optional {@code length_a}/{@code length_b} (characters), else the lengths of {@code
 *       output_a}/{@code output_b} when present.
 * </ul>
 *
 * AlpacaEval annotation records ({@code instruction}, {@code output_1}, {@code output_2}, {@code
 * generator_1}, {@code generator_2}, {@code preference}; a JSON array, gzipped or not) are read as
 * such: the item is the instruction, {@code generator_1} (the baseline) is model A, {@code
 * generator_2} model B, the lengths those of the outputs, and a missing preference is unjudged.
 * A judge run folder stands for its {@code judgments.jsonl}.
 *
 * <p>Every line becomes one row or an {@link AssayInputException} naming {@code file:line} and the field.
 *
 * <pre>{@code
 * List<PairwiseJudgmentRow> rows = PairwiseJudgmentReader.read(List.of(Path.of("judgments.jsonl")));
 * }</pre>
 */
public final class PairwiseJudgmentReader {
  private PairwiseJudgmentReader() {}

  /** Reads all files in order. */
  public static List<PairwiseJudgmentRow> read(List<Path> files) {
    List<PairwiseJudgmentRow> rows = new ArrayList<>();
    for (Path given : files) {
      Path f = dev.assay.eval.run.RunFolders.file(given, dev.assay.eval.run.RunFolders.JUDGMENTS);
      long before = rows.size();
      try (DatasetReader in = Datasets.open(f)) {
        for (InputRecord r; (r = in.next()) != null; ) {
          if (!r.parsed()) {
            throw new AssayInputException(r.error());
          }
          if (!r.value().isObject()) {
            throw new AssayInputException(r.location() + ": expected a JSON object, found " + r.value().getNodeType());
          }
          rows.add(row(r.value(), r.location()));
        }
      }
      if (rows.size() == before) {
        throw new AssayInputException(f + ": expected at least one judgment, found an empty file");
      }
    }
    return rows;
  }

  /** One line. */
  static PairwiseJudgmentRow row(JsonNode v, String where) {
    if (v.has("output_1") && v.has("output_2") && !v.has("model_a")) {
      return annotation(v, where);
    }
    JsonNode idNode = v.hasNonNull("item_id") ? v.get("item_id") : v.hasNonNull("question_id") ? v.get("question_id") : v.get("id");
    if (idNode == null || !(idNode.isString() || idNode.isNumber())) {
      throw new AssayInputException(where + ": id (or item_id, question_id): expected a string or number, found " + Fields.describe(idNode));
    }
    String a = model(v, "model_a", "model_1", where);
    String b = model(v, "model_b", "model_2", where);
    if (a.equals(b)) {
      throw new AssayInputException(where + ": model_b: expected a model other than model_a, found \"" + b + "\" twice");
    }
    Choice ab = null;
    Choice ba = null;
    if (v.has("order_ab") || v.has("order_ba")) {
      ab = orderVerdict(v, "order_ab", where);
      Choice presented = orderVerdict(v, "order_ba", where);
      ba = presented == null ? null : presented.swapped();
    } else if (v.has("g1_winner") || v.has("g2_winner")) {
      ab = choice(v.get("g1_winner"), "g1_winner", where, true);
      ba = choice(v.get("g2_winner"), "g2_winner", where, true);
    }
    return new PairwiseJudgmentRow(
        idNode.isString() ? idNode.stringValue() : idNode.toString(),
        a,
        b,
        preference(v, where),
        human(v, where),
        ab,
        ba,
        length(v, "length_a", "output_a", where),
        length(v, "length_b", "output_b", where),
        where);
  }

  /** An AlpacaEval annotation: output_1 (the baseline) is A, output_2 is B. */
  private static PairwiseJudgmentRow annotation(JsonNode v, String where) {
    JsonNode item = v.get("instruction");
    if (item == null || !item.isString()) {
      throw new AssayInputException(where + ": instruction: expected a string, found " + Fields.describe(item));
    }
    String a = model(v, "generator_1", "generator_1", where);
    String b = model(v, "generator_2", "generator_2", where);
    if (a.equals(b)) {
      throw new AssayInputException(where + ": generator_2: expected a model other than generator_1, found \"" + b + "\" twice");
    }
    JsonNode p = v.get("preference");
    double pref = Double.NaN;
    if (p != null && !p.isNull()) {
      if (!p.isNumber()) {
        throw new AssayInputException(where + ": preference: expected a number in [1, 2] or 0, found " + Fields.describe(p));
      }
      double d = p.doubleValue();
      if (d == 0) {
        pref = 1.5;
      } else if (d >= 1 && d <= 2) {
        pref = d;
      } else {
        throw new AssayInputException(where + ": preference: expected a number in [1, 2] or 0, found " + d);
      }
    }
    return new PairwiseJudgmentRow(item.stringValue(), a, b, pref, null, null, null,
        length(v, "length_1", "output_1", where), length(v, "length_2", "output_2", where), where);
  }

  private static double preference(JsonNode v, String where) {
    JsonNode p = v.get("preference");
    if (p != null && !p.isNull()) {
      if (!p.isNumber()) {
        throw new AssayInputException(where + ": preference: expected a number in [1, 2] or 0, found " + Fields.describe(p));
      }
      double d = p.doubleValue();
      if (d == 0) {
        return 1.5;
      }
      if (!(d >= 1 && d <= 2)) {
        throw new AssayInputException(where + ": preference: expected a number in [1, 2] or 0, found " + d);
      }
      return d;
    }
    JsonNode w = v.get("winner");
    Choice c = choice(w, "winner", where, false);
    return c == null ? Double.NaN : c.preference();
  }

  private static Choice human(JsonNode v, String where) {
    for (String f : List.of("human", "human_label", "human_winner")) {
      if (v.hasNonNull(f)) {
        return choice(v.get(f), f, where, false);
      }
    }
    return null;
  }

  private static Choice orderVerdict(JsonNode v, String field, String where) {
    JsonNode o = v.get(field);
    if (o == null || o.isNull()) {
      return null;
    }
    if (o.isString()) {
      return choice(o, field, where, true);
    }
    if (!o.isObject()) {
      throw new AssayInputException(where + ": " + field + ": expected an object with \"verdict\", found " + Fields.describe(o));
    }
    return choice(o.get("verdict"), field + ".verdict", where, true);
  }

  /** a|b|tie, null for null/absent (and, when {@code errorIsNull}, for "error"). */
  private static Choice choice(JsonNode w, String field, String where, boolean errorIsNull) {
    if (w == null || w.isNull()) {
      return null;
    }
    String s = w.isString() ? w.stringValue() : w.isIntegralNumber() ? w.toString() : null;
    if (s != null && errorIsNull && s.strip().toLowerCase(Locale.ROOT).equals("error")) {
      return null;
    }
    Choice c = Choice.parse(s);
    if (c == null) {
      throw new AssayInputException(where + ": " + field + ": expected \"a\", \"b\" or \"tie\", found " + Fields.describe(w));
    }
    return c;
  }

  private static String model(JsonNode v, String field, String alias, String where) {
    JsonNode m = v.has(field) ? v.get(field) : v.get(alias);
    if (m == null || !m.isString() || m.stringValue().isBlank()) {
      throw new AssayInputException(where + ": " + field + ": expected a model name, found " + Fields.describe(m));
    }
    return m.stringValue();
  }

  private static Long length(JsonNode v, String field, String text, String where) {
    JsonNode n = v.get(field);
    if (n != null && !n.isNull()) {
      if (!n.isIntegralNumber() || n.longValue() < 0) {
        throw new AssayInputException(where + ": " + field + ": expected a length >= 0, found " + Fields.describe(n));
      }
      return n.longValue();
    }
    JsonNode t = v.get(text);
    if (t != null && t.isString()) {
      String s = t.stringValue();
      return (long) s.codePointCount(0, s.length());
    }
    return null;
  }

}
