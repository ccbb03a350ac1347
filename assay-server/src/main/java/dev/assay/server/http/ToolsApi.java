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
import tools.jackson.databind.node.ObjectNode;

/**
 * Assay's own checks as API calls, for pipelines that talk to the server: validate JSON Lines
 * against a built-in schema (counts and the first errors, {@code line: what}), score texts with
 * the embedded toxicity scorer, and score pairs with the bundled reward model (the same JSON Lines
 * back, each line with its scores). All read the body line by line; every line is answered for.
 *
 * <pre>{@code
 * curl -H "Authorization: Bearer $T" --data-binary @chats.jsonl '.../api/validate?schema=openai-chat'
 * curl -H "Authorization: Bearer $T" --data-binary @texts.jsonl '.../api/score/toxicity?field=text'
 * }</pre>
 */
final class ToolsApi {
  private static final int BATCH = 64;
  private volatile ToxicityScorer toxicity;
  private volatile dev.assay.models.reward.RewardScorer reward;

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
    scoreLines(ctx, o -> o.path(field).isString(), "a JSON object with a string '" + field + "'", batch -> {
      List<Map<String, Double>> scores = scorer.score(batch.stream().map(o -> o.get(field).asString()).toList());
      for (int i = 0; i < batch.size(); i++) {
        ObjectNode s = batch.get(i).putObject("toxicity_scores");
        scores.get(i).forEach(s::put);
      }
    });
  }

  /**
   * Scores pairs ({@code instruction} or {@code prompt}, {@code output_a}, {@code output_b}) with
   * the bundled reward model: each line back with {@code reward_a}, {@code reward_b} and {@code
   * reward_winner} (the field {@code versus} compares humans with).
   */
  void reward(Context ctx) throws IOException {
    requireNotAnnotator(ctx);
    dev.assay.models.reward.RewardScorer scorer = rewardScorer();
    scoreLines(ctx, o -> (o.path("instruction").isString() || o.path("prompt").isString()) && o.path("output_a").isString()
        && o.path("output_b").isString(), "{\"instruction\" (or \"prompt\"), \"output_a\", \"output_b\"}", batch -> {
      List<String> prompts = new ArrayList<>();
      List<String> responses = new ArrayList<>();
      for (ObjectNode o : batch) {
        String prompt = o.path("instruction").isString() ? o.get("instruction").asString() : o.get("prompt").asString();
        prompts.add(prompt);
        responses.add(o.get("output_a").asString());
        prompts.add(prompt);
        responses.add(o.get("output_b").asString());
      }
      double[] rewards = scorer.score(prompts, responses);
      for (int i = 0; i < batch.size(); i++) {
        double ra = rewards[2 * i];
        double rb = rewards[2 * i + 1];
        batch.get(i).put("reward_a", ra).put("reward_b", rb).put("reward_winner", Math.abs(ra - rb) < 1e-9 ? "tie" : ra > rb ? "a" : "b");
      }
    });
  }

  /**
   * Streams JSON Lines from the request to the answer: lines that {@code valid} accepts are scored
   * in batches of {@link #BATCH} by {@code score} (which adds fields to them) and written back in
   * order; any other line is answered {@code {"line", "error"}} in its place; blank lines are skipped.
   */
  private static void scoreLines(Context ctx, java.util.function.Predicate<ObjectNode> valid, String expected,
      java.util.function.Consumer<List<ObjectNode>> score) throws IOException {
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
          o = Json.MAPPER.readTree(text) instanceof ObjectNode on && valid.test(on) ? on : null;
        } catch (JacksonException e) {
          o = null;
        }
        if (o == null) {
          write(score, batch, out);
          ObjectNode err = Json.MAPPER.createObjectNode();
          err.put("line", line);
          err.put("error", "line " + line + ": expected " + expected);
          out.write((Json.MAPPER.writeValueAsString(err) + "\n").getBytes(StandardCharsets.UTF_8));
          continue;
        }
        batch.add(o);
        if (batch.size() == BATCH) {
          write(score, batch, out);
        }
      }
    }
    write(score, batch, out);
    out.flush();
  }

  private static void write(java.util.function.Consumer<List<ObjectNode>> score, List<ObjectNode> batch, OutputStream out)
      throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    score.accept(batch);
    for (ObjectNode o : batch) {
      out.write((Json.MAPPER.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    batch.clear();
  }

  private dev.assay.models.reward.RewardScorer rewardScorer() {
    dev.assay.models.reward.RewardScorer s = reward;
    if (s == null) {
      synchronized (this) {
        if (reward == null) {
          reward = dev.assay.models.reward.RewardScorer.open(dev.assay.models.reward.RewardModel.load("default"), null);
        }
        s = reward;
      }
    }
    return s;
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
