package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import dev.assay.core.model.Judgment;
import tools.jackson.databind.JsonNode;

/**
 * AlpacaEval judge annotations: {@code instruction}, {@code output_1} (baseline), {@code output_2},
 * {@code generator_1}, {@code generator_2}, {@code preference} (in [1, 2]; AlpacaEval reads 0 or a
 * missing value as "no verdict"), {@code annotator}. Maps to a {@link Judgment} whose item id is the
 * instruction text.
 *
 * <pre>{@code
 * Judgment j = new AlpacaEvalAnnotationFormat().toJudgment(node, "annotations.json:3");
 * }</pre>
 */
public final class AlpacaEvalAnnotationFormat implements JudgmentFormat {
  @Override
  public String name() {
    return "alpacaeval-annotation";
  }

  @Override
  public String description() {
    return "AlpacaEval annotation: {\"instruction\", \"output_1\", \"output_2\", \"generator_1\","
        + " \"generator_2\", \"preference\", \"annotator\"}";
  }

  @Override
  public boolean looksLike(JsonNode node) {
    return node.isObject() && node.has("output_1") && node.has("output_2");
  }

  @Override
  public Judgment toJudgment(JsonNode node, String where) {
    String instruction = Fields.string(node, "instruction", where);
    JsonNode p = node.get("preference");
    double pref;
    if (p == null || p.isNull() || (p.isNumber() && p.doubleValue() == 0.0)) {
      pref = Double.NaN;
    } else if (p.isNumber()) {
      pref = p.doubleValue();
      if (pref < 1.0 || pref > 2.0) {
        throw new AssayInputException(
            where + ": field 'preference': expected a number in [1, 2] (or 0/null for none), found " + p.asString());
      }
    } else {
      throw new AssayInputException(
          where + ": field 'preference': expected a number in [1, 2], found " + Fields.describe(p));
    }
    return new Judgment(
        instruction,
        Fields.optionalString(node, "annotator", where),
        Fields.optionalString(node, "generator_1", where),
        Fields.optionalString(node, "generator_2", where),
        pref,
        null);
  }
}
