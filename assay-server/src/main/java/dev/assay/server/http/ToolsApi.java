package dev.assay.server.http;

import dev.assay.core.io.Json;
import dev.assay.core.schema.RecordSchema;
import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorers;
import dev.assay.server.auth.Principal;
import io.javalin.http.Context;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Assay's own checks as API calls, for pipelines that talk to the server: validate JSON Lines
 * against a built-in schema (counts and the first errors, {@code line: what}), and score texts
 * with the embedded toxicity scorer (the same JSON Lines back, each line with its scores). Both
 * read the body line by line; every line is answered for.
 *
 * <pre>{@code
 * curl -H "Authorization: Bearer $T" --data-binary @chats.jsonl '.../api/validate?schema=openai-chat'
 * curl -H "Authorization: Bearer $T" --data-binary @texts.jsonl '.../api/score/toxicity?field=text'
 * }</pre>
 */
final class ToolsApi {
  private static final int BATCH = 64;
  private volatile ToxicityScorer toxicity;

  void validate(Context ctx) {
    requireNotAnnotator(ctx);
    String name = ctx.queryParam("schema");
    if (name == null || !RecordSchema.BUILTIN.contains(name)) {
      throw ApiException.badRequest("?schema=: one of " + String.join(", ", RecordSchema.BUILTIN));
    }
    RecordSchema schema = RecordSchema.load(name);
    long lines = 0;
    long valid = 0;
    long invalid = 0;
    long blank = 0;
    List<Map<String, Object>> errors = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(ctx.bodyInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines++;
        if (line.isBlank()) {
          blank++;
          continue;
        }
        List<String> problems;
        try {
          problems = schema.validate(Json.MAPPER.readTree(line));
        } catch (JacksonException e) {
          problems = List.of("not valid JSON: " + e.getOriginalMessage());
        }
        if (problems.isEmpty()) {
          valid++;
        } else {
          invalid++;
          if (errors.size() < 20) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("line", lines);
            e.put("errors", problems);
            errors.add(e);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("schema", name);
    m.put("lines", lines);
    m.put("valid", valid);
    m.put("invalid", invalid);
    m.put("blank", blank);
    m.put("errors", errors);
    JsonBody.send(ctx, 200, m);
  }

  void toxicity(Context ctx) throws IOException {
    requireNotAnnotator(ctx);
    String field = ctx.queryParam("field") == null ? "text" : ctx.queryParam("field");
    ToxicityScorer scorer = scorer();
    ctx.status(200).contentType("application/x-ndjson");
    OutputStream out = ctx.outputStream();
    List<ObjectNode> batch = new ArrayList<>();
    long line = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(ctx.bodyInputStream(), StandardCharsets.UTF_8))) {
      for (String text; (text = r.readLine()) != null; ) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        ObjectNode o;
        try {
          JsonNode v = Json.MAPPER.readTree(text);
          o = v instanceof ObjectNode on ? on : null;
        } catch (JacksonException e) {
          o = null;
        }
        if (o == null || !o.path(field).isString()) {
          ObjectNode err = Json.MAPPER.createObjectNode();
          err.put("line", line);
          err.put("error", "line " + line + ": expected a JSON object with a string '" + field + "'");
          flush(scorer, batch, field, out);
          out.write((Json.MAPPER.writeValueAsString(err) + "\n").getBytes(StandardCharsets.UTF_8));
          continue;
        }
        batch.add(o);
        if (batch.size() == BATCH) {
          flush(scorer, batch, field, out);
        }
      }
    }
    flush(scorer, batch, field, out);
    out.flush();
  }

  private static void flush(ToxicityScorer scorer, List<ObjectNode> batch, String field, OutputStream out) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    List<Map<String, Double>> scores = scorer.score(batch.stream().map(o -> o.get(field).asString()).toList());
    for (int i = 0; i < batch.size(); i++) {
      ObjectNode o = batch.get(i);
      ObjectNode s = o.putObject("toxicity_scores");
      scores.get(i).forEach(s::put);
      out.write((Json.MAPPER.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    batch.clear();
  }

  private ToxicityScorer scorer() {
    ToxicityScorer s = toxicity;
    if (s == null) {
      synchronized (this) {
        if (toxicity == null) {
          toxicity = ToxicityScorers.open("embedded");
        }
        s = toxicity;
      }
    }
    return s;
  }

  private static void requireNotAnnotator(Context ctx) {
    Principal p = Caller.of(ctx);
    if (!p.role().createsProjects()) {
      throw ApiException.forbidden("annotators label items; the checks are for leads, API clients and admins");
    }
  }
}
