package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import dev.assay.core.model.Message;
import dev.assay.core.model.PreferencePair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The one place that recognises the pair formats Assay reads, used by {@code judge},
 * {@code reward score} and {@code reward eval} alike. Detected record by record, in this order:
 *
 * <ul>
 *   <li>{@code pair-run}: {@code {"instruction", "output_a", "output_b"}} with optional {@code id},
 *       {@code item_id}, {@code model_a}, {@code model_b} ({@code assay pair}'s output and
 *       {@code judge}'s own input);
 *   <li>{@code alpacaeval-annotation}: {@code instruction}, {@code output_1}, {@code output_2},
 *       {@code generator_1}, {@code generator_2}, {@code preference};
 *   <li>{@code preference-pair}: {@code {"prompt", "chosen", "rejected"}} (chosen is {@code a});
 *   <li>{@code hh-rlhf}: {@code {"chosen", "rejected"}} whole transcripts (chosen is {@code a}).
 * </ul>
 *
 * <pre>{@code
 * AnswerPair p = PairFormats.read(node, "test.jsonl.gz:17");
 * PairFormats.Ids ids = new PairFormats.Ids();
 * String id = ids.next(p);   // own id, or the derived one (numbered if it repeats)
 * }</pre>
 */
public final class PairFormats {
  /** The pair formats, in detection order. */
  public static final List<String> NAMES = List.of("pair-run", "alpacaeval-annotation", "preference-pair", "hh-rlhf");

  private static final AlpacaEvalAnnotationFormat ALPACA = new AlpacaEvalAnnotationFormat();
  private static final PreferencePairFormat PREFERENCE = new PreferencePairFormat();
  private static final HhRlhfFormat HH = new HhRlhfFormat();

  private PairFormats() {}

  /** The name of the pair format the record looks like, or null when it is none of them. */
  public static String detect(JsonNode node) {
    if (node == null || !node.isObject()) {
      return null;
    }
    if (node.has("output_a") && node.has("output_b")) {
      return "pair-run";
    }
    if (ALPACA.looksLike(node)) {
      return "alpacaeval-annotation";
    }
    if (PREFERENCE.looksLike(node)) {
      return "preference-pair";
    }
    if (node.has("chosen") && node.has("rejected")) {
      return "hh-rlhf";
    }
    return null;
  }

  /** Reads one record in whichever pair format it has; anything else is an error naming {@code where}. */
  public static AnswerPair read(JsonNode node, String where) {
    String format = detect(node);
    if (format == null) {
      throw new AssayInputException(where + ": expected a pair ({\"instruction\", \"output_a\", \"output_b\"}),"
          + " a preference pair ({\"prompt\", \"chosen\", \"rejected\"}), an hh-rlhf record ({\"chosen\", \"rejected\"})"
          + " or an AlpacaEval annotation ({\"instruction\", \"output_1\", \"output_2\"}), found "
          + (node != null && node.isObject() ? "fields " + fieldNames(node) : Fields.describe(node)));
    }
    String id = id(node, where);
    return switch (format) {
      case "pair-run" -> new AnswerPair(id, optionalId(node, "item_id", where),
          List.of(Message.user(Fields.string(node, "instruction", where))),
          Fields.string(node, "output_a", where), Fields.string(node, "output_b", where),
          Fields.optionalString(node, "model_a", where), Fields.optionalString(node, "model_b", where),
          Double.NaN, format);
      case "alpacaeval-annotation" -> {
        double pref = ALPACA.toJudgment(node, where).preference();
        String instruction = Fields.string(node, "instruction", where);
        yield new AnswerPair(id, instruction, List.of(Message.user(instruction)),
            Fields.string(node, "output_1", where), Fields.string(node, "output_2", where),
            Fields.optionalString(node, "generator_1", where), Fields.optionalString(node, "generator_2", where),
            pref, format);
      }
      case "preference-pair" -> fromPreference(PREFERENCE.toPair(node, where), id, format);
      default -> fromPreference(HH.toPair(node, where), id, format);
    };
  }

  private static AnswerPair fromPreference(PreferencePair p, String id, String format) {
    return new AnswerPair(id, null, p.prompt(), p.chosen(), p.rejected(), null, null, 1.0, format);
  }

  private static String id(JsonNode node, String where) {
    return optionalId(node, "id", where);
  }

  private static String optionalId(JsonNode node, String field, String where) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isString() && !v.stringValue().isBlank()) {
      return v.stringValue();
    }
    if (v.isIntegralNumber()) {
      return v.asString();
    }
    throw new AssayInputException(where + ": field '" + field + "': expected a non-empty string or an integer, found " + Fields.describe(v));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  /**
   * Ids for the records of one input, in reading order: a record's own id, else its derived one;
   * a derived id seen before gets {@code "-2"}, {@code "-3"} ... so identical records stay
   * distinct rows. Reading the same input again gives the same ids. Not thread-safe.
   */
  public static final class Ids {
    private final Map<String, Integer> seen = new HashMap<>();

    /** The id of the next record. */
    public String next(AnswerPair p) {
      if (p.id() != null) {
        return p.id();
      }
      return numbered(p.derivedId());
    }

    /** {@code id}, numbered when it was handed out before. */
    public String numbered(String id) {
      int n = seen.merge(id, 1, Integer::sum);
      return n == 1 ? id : id + "-" + n;
    }
  }
}
