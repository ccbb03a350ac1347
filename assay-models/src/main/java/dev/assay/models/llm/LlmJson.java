package dev.assay.models.llm;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** The JSON mappers of the chat clients and small helpers for reading provider answers. */
final class LlmJson {
  static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonMapper SNAKE =
      JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  private LlmJson() {}

  /** Parses an answer body; a body that is not JSON is a {@link ModelCallException.Kind#MALFORMED} answer. */
  static JsonNode parse(String body, String where) throws ModelCallException {
    try {
      JsonNode n = JSON.readTree(body);
      if (n == null || !n.isObject()) {
        throw new ModelCallException(ModelCallException.Kind.MALFORMED, 200,
            where + ": expected a JSON object, found " + preview(body), null);
      }
      return n;
    } catch (JacksonException e) {
      throw new ModelCallException(ModelCallException.Kind.MALFORMED, 200,
          where + ": expected JSON, found " + preview(body) + " (" + e.getOriginalMessage() + ")", e);
    }
  }

  /** A required field, or a MALFORMED failure naming it. */
  static JsonNode require(JsonNode parent, String field, String where) throws ModelCallException {
    JsonNode n = parent.path(field);
    if (n.isMissingNode() || n.isNull()) {
      throw new ModelCallException(ModelCallException.Kind.MALFORMED, 200,
          where + ": expected the field '" + field + "', found none", null);
    }
    return n;
  }

  /** The first 200 characters of a body, for messages. */
  static String preview(String body) {
    if (body == null) {
      return "nothing";
    }
    String b = body.strip().replace('\n', ' ');
    return b.isEmpty() ? "an empty body" : "'" + (b.length() > 200 ? b.substring(0, 200) + "..." : b) + "'";
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> toMap(Object record) {
    return new LinkedHashMap<>(SNAKE.convertValue(record, Map.class));
  }
}
