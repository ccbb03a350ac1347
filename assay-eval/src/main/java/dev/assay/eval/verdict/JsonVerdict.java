package dev.assay.eval.verdict;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Structured-output verdicts: the JSON Schemas a judge sends through
 * {@code GenerationParams.withJsonSchema} when the model supports structured output (the schema
 * itself, its {@code title} naming it; strict mode, so every property is required and the scale
 * is checked by the parser rather than the schema), and the
 * reading of a JSON reply (also when a model answers in JSON unasked, inside a code fence or not).
 *
 * <pre>{@code
 * GenerationParams p = GenerationParams.DEFAULT.withJsonSchema(JsonVerdict.pairSchema());
 * JsonVerdict.pair("{\"reasoning\": \"...\", \"verdict\": \"B\"}").get().value();   // B
 * JsonVerdict.score("{\"rating\": 7}", 1, 10).get().value();                          // 7.0
 * }</pre>
 */
public final class JsonVerdict {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<String> PAIR_KEYS = List.of("verdict", "winner", "better", "choice");
  private static final List<String> SCORE_KEYS = List.of("rating", "score", "grade");

  private JsonVerdict() {}

  /** Schema of a pairwise verdict: {@code {"reasoning": string, "verdict": "A"|"B"|"C"}}. */
  public static Map<String, Object> pairSchema() {
    return Map.of(
        "title", "pairwise_verdict",
        "type", "object",
        "properties", Map.of(
            "reasoning", Map.of("type", "string"),
            "verdict", Map.of("type", "string", "enum", List.of("A", "B", "C"))),
        "required", List.of("reasoning", "verdict"),
        "additionalProperties", false);
  }

  /** Schema of a graded answer: {@code {"reasoning": string, "rating": number}}; the scale is in the description. */
  public static Map<String, Object> scoreSchema(double min, double max) {
    return Map.of(
        "title", "rating",
        "type", "object",
        "properties", Map.of(
            "reasoning", Map.of("type", "string"),
            "rating", Map.of("type", "number", "description",
                "from " + number(min) + " to " + number(max))),
        "required", List.of("reasoning", "rating"),
        "additionalProperties", false);
  }

  /** The pairwise verdict of a JSON reply, if the reply is a JSON object carrying one. */
  public static Optional<Parsed<PairVerdict>> pair(String reply) {
    JsonNode node = object(reply);
    if (node == null) {
      return Optional.empty();
    }
    for (String key : PAIR_KEYS) {
      JsonNode v = node.get(key);
      if (v != null && v.isString()) {
        String s = v.asString().replaceAll("[\\[\\]\\s*]", "");
        if (s.matches("(?i)A|B|C|tie|draw")) {
          return Optional.of(Parsed.of(PairVerdictParser.of(s), "json"));
        }
      }
    }
    return Optional.empty();
  }

  /** The score of a JSON reply within [min, max], if the reply is a JSON object carrying one. */
  public static Optional<Parsed<Double>> score(String reply, double min, double max) {
    JsonNode node = object(reply);
    if (node == null) {
      return Optional.empty();
    }
    for (String key : SCORE_KEYS) {
      JsonNode v = node.get(key);
      if (v == null) {
        continue;
      }
      Double d = v.isNumber() ? Double.valueOf(v.asDouble()) : ScoreParser.number(v.asString());
      if (d != null && d >= min && d <= max) {
        return Optional.of(Parsed.of(d, "json"));
      }
    }
    return Optional.empty();
  }

  private static JsonNode object(String reply) {
    if (reply == null) {
      return null;
    }
    String t = reply.strip();
    if (t.startsWith("```")) {
      t = t.replaceFirst("^```[a-zA-Z]*\\s*", "").replaceFirst("\\s*```$", "");
    }
    if (!t.startsWith("{") || !t.endsWith("}")) {
      return null;
    }
    try {
      JsonNode n = MAPPER.readTree(t);
      return n != null && n.isObject() ? n : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
