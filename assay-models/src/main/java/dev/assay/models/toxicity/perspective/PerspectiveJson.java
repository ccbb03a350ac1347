package dev.assay.models.toxicity.perspective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code comments:analyze} wire format: builds the request body and reads the response and
 * error bodies.
 *
 * <pre>{@code
 * String body = PerspectiveJson.request("hello", cfg);
 * // {"comment":{"text":"hello"},"requestedAttributes":{"TOXICITY":{}},"languages":["en"],"doNotStore":true}
 * }</pre>
 */
final class PerspectiveJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private PerspectiveJson() {}

  /** The request body for one text. */
  static String request(String text, PerspectiveConfig cfg) {
    ObjectNode root = MAPPER.createObjectNode();
    root.putObject("comment").put("text", text);
    ObjectNode attrs = root.putObject("requestedAttributes");
    cfg.attributes().forEach(attrs::putObject);
    if (!cfg.languages().isEmpty()) {
      cfg.languages().forEach(root.putArray("languages")::add);
    }
    root.put("doNotStore", true);
    return MAPPER.writeValueAsString(root);
  }

  /**
   * Reads a 200 response. Attributes the response lacks score NaN and are named in the result's
   * error; a body that is not the documented JSON throws {@link PerspectiveException}.
   */
  static PerspectiveResult response(String body, PerspectiveConfig cfg) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new PerspectiveException(
          "Perspective returned HTTP 200 with a body that is not JSON: " + e.getOriginalMessage(), 200, "", e);
    }
    JsonNode scores = root == null ? null : root.get("attributeScores");
    if (scores == null || !scores.isObject()) {
      throw new PerspectiveException(
          "Perspective returned HTTP 200 without an attributeScores object: " + abbreviate(body), 200, "", null);
    }
    Map<String, Double> out = new LinkedHashMap<>();
    Map<String, List<PerspectiveResult.SpanScore>> spans = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (String attr : cfg.attributes()) {
      String label = PerspectiveConfig.label(attr);
      JsonNode a = scores.get(attr);
      JsonNode v = a == null ? null : a.path("summaryScore").get("value");
      if (v == null || !v.isNumber()) {
        out.put(label, Double.NaN);
        missing.add(attr);
        continue;
      }
      out.put(label, v.doubleValue());
      List<PerspectiveResult.SpanScore> ss = new ArrayList<>();
      for (JsonNode s : a.path("spanScores")) {
        JsonNode sv = s.path("score").get("value");
        if (sv != null && sv.isNumber()) {
          ss.add(new PerspectiveResult.SpanScore(s.path("begin").asInt(0), s.path("end").asInt(0), sv.doubleValue()));
        }
      }
      spans.put(label, List.copyOf(ss));
    }
    String error = missing.isEmpty() ? null : "attributes missing from the response: " + String.join(", ", missing);
    return new PerspectiveResult(out, spans, error);
  }

  /** Google's {@code {"error": {"code", "message", "status"}}}: [status, message], or empty strings. */
  static String[] error(String body) {
    try {
      JsonNode e = MAPPER.readTree(body).path("error");
      return new String[] {e.path("status").asString(""), e.path("message").asString("")};
    } catch (JacksonException | NullPointerException ex) {
      return new String[] {"", abbreviate(body)};
    }
  }

  static String abbreviate(String s) {
    String t = s == null ? "" : s.strip();
    return t.length() <= 200 ? t : t.substring(0, 200) + "...";
  }
}
