package dev.assay.server.http;

import dev.assay.core.io.Json;
import io.javalin.http.Context;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading JSON request bodies and writing JSON answers with Assay's own Jackson (3), field by field
 * with messages in the user's terms.
 *
 * <pre>{@code
 * ObjectNode body = JsonBody.object(ctx);
 * String name = JsonBody.text(body, "name", true);
 * JsonBody.send(ctx, 201, Map.of("id", 7));
 * }</pre>
 */
public final class JsonBody {
  private JsonBody() {}

  /** The body as a JSON object. */
  public static ObjectNode object(Context ctx) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiException.badRequest("expected a JSON object in the request body, found nothing");
    }
    JsonNode v;
    try {
      v = Json.MAPPER.readTree(body);
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw ApiException.badRequest("body:" + line + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (!(v instanceof ObjectNode o)) {
      throw ApiException.badRequest("expected a JSON object in the request body, found " + v.getNodeType().name().toLowerCase());
    }
    return o;
  }

  /** A string field; null when absent and not required. */
  public static String text(ObjectNode o, String field, boolean required) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw ApiException.badRequest("field '" + field + "': required");
      }
      return null;
    }
    if (!v.isString()) {
      throw ApiException.badRequest("field '" + field + "': expected a string, found " + v.getNodeType().name().toLowerCase());
    }
    return v.asString();
  }

  /** A whole-number field, {@code fallback} when absent. */
  public static int integer(ObjectNode o, String field, int fallback) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return fallback;
    }
    if (!v.isIntegralNumber()) {
      throw ApiException.badRequest("field '" + field + "': expected a whole number, found " + v);
    }
    return v.asInt();
  }

  /** A number field, null when absent. */
  public static Double number(ObjectNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw ApiException.badRequest("field '" + field + "': expected a number, found " + v);
    }
    return v.asDouble();
  }

  /** Answers {@code status} with {@code value} as JSON. */
  public static void send(Context ctx, int status, Object value) {
    ctx.status(status).contentType("application/json").result(Json.MAPPER.writeValueAsString(value));
  }

  /** The stable error shape. */
  public static Map<String, Object> error(int status, String code, String message) {
    return Map.of("error", Map.of("status", status, "code", code, "message", message == null ? "" : message));
  }
}
