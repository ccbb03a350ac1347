package dev.assay.server.http;

import dev.assay.core.io.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the routes, served at {@code /openapi.json}: each route with its
 * summary, path parameters, who may call it, request and response, bearer-token security and the
 * one error shape.
 *
 * <pre>{@code
 * String json = OpenApi.document(routes, "0.1.0");
 * }</pre>
 */
public final class OpenApi {
  private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

  private OpenApi() {}

  /** The document as JSON text. */
  public static String document(List<Route> routes, String version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put("info", Map.of("title", "Assay server", "version", version,
        "description", "Human evaluation and rater management for LLM evaluations. Sign in with 'Authorization: Bearer <token>'"
            + " (assay users add prints one). Errors: {\"error\": {\"status\", \"code\", \"message\"}}."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> path = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", r.summary());
      op.put("operationId", operationId(r));
      List<Map<String, Object>> params = new ArrayList<>();
      Matcher m = PARAM.matcher(r.path());
      while (m.find()) {
        params.add(Map.of("name", m.group(1), "in", "path", "required", true, "schema", Map.of("type", "string")));
      }
      if (!params.isEmpty()) {
        op.put("parameters", params);
      }
      if (r.request() != null) {
        String type = r.request().startsWith("JSON Lines") ? "application/x-ndjson" : "application/json";
        op.put("requestBody", Map.of("required", true, "description", r.request(), "content", Map.of(type, Map.of("schema",
            Map.of("type", type.equals("application/json") ? "object" : "string")))));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      String ok = r.response().startsWith("201") ? "201" : "200";
      responses.put(ok, Map.of("description", r.response()));
      if (r.summary().contains("204")) {
        responses.put("204", Map.of("description", "nothing left"));
      }
      for (String code : List.of("400", "401", "403", "404")) {
        responses.put(code, Map.of("$ref", "#/components/responses/Error"));
      }
      op.put("responses", responses);
      op.put("x-roles", r.roles());
      if (r.open()) {
        op.put("security", List.of());
      }
      path.put(r.method().toLowerCase(Locale.ROOT), op);
    }
    doc.put("paths", paths);
    doc.put("components", Map.of(
        "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer")),
        "schemas", Map.of("Error", Map.of("type", "object", "required", List.of("error"), "properties", Map.of("error", Map.of(
            "type", "object", "required", List.of("status", "code", "message"), "properties", Map.of(
                "status", Map.of("type", "integer"), "code", Map.of("type", "string"), "message", Map.of("type", "string")))))),
        "responses", Map.of("Error", Map.of("description", "the one error shape", "content",
            Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error")))))));
    doc.put("security", List.of(Map.of("bearer", List.of())));
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }

  private static String operationId(Route r) {
    StringBuilder b = new StringBuilder(r.method().toLowerCase(Locale.ROOT));
    for (String part : r.path().replace("/api/", "").split("/")) {
      String p = part.replaceAll("[{}]", "");
      if (!p.isEmpty()) {
        b.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
      }
    }
    return b.toString().replaceAll("[^A-Za-z0-9]", "");
  }
}
