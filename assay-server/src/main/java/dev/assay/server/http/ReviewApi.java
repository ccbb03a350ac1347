package dev.assay.server.http;

import dev.assay.server.annotate.Annotations;
import dev.assay.server.annotate.Review;
import dev.assay.server.auth.Role;
import dev.assay.server.db.Database;
import dev.assay.server.project.Projects;
import io.javalin.http.Context;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The review routes' handlers: an annotator skips an item with a reason; a lead reads the
 * disagreement queue and settles items, the decision stored with who and why.
 *
 * <pre>{@code
 * config.routes.get("/api/projects/{id}/disagreements", new ReviewApi(db, projects)::disagreements);
 * }</pre>
 */
final class ReviewApi {
  private final Projects projects;
  private final Review review;

  ReviewApi(Database db, Projects projects) {
    this.projects = projects;
    this.review = new Review(db);
  }

  Review review() {
    return review;
  }

  /** The label field: "label" (a string), or "score" (a number or string) for Likert projects. */
  static String labelText(ObjectNode body) {
    tools.jackson.databind.JsonNode v = body.has("score") ? body.get("score") : body.get("label");
    if (v == null || v.isNull()) {
      throw ApiException.badRequest("field 'label' (or 'score'): required");
    }
    return v.asString();
  }

  void skip(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.ANNOTATOR, Role.LEAD);
    String item = ctx.pathParam("item");
    try {
      review.skip(a.project().id(), a.principal().id(), item, JsonBody.text(JsonBody.object(ctx), "reason", true));
    } catch (Annotations.Refused r) {
      throw ApiException.forbidden(r.getMessage());
    }
    JsonBody.send(ctx, 200, Map.of("skipped", item));
  }

  void disagreements(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD);
    int limit = 100;
    String l = ctx.queryParam("limit");
    if (l != null) {
      try {
        limit = Math.max(1, Math.min(10_000, Integer.parseInt(l)));
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("?limit=" + l + ": expected a whole number");
      }
    }
    JsonBody.send(ctx, 200, Map.of("items", review.disagreements(a.project().id(), limit).stream()
        .map(d -> Map.of("item", d.itemId(), "instruction", d.instruction(), "labels", d.labels())).toList()));
  }

  void adjudicate(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD);
    ObjectNode body = JsonBody.object(ctx);
    String label = dev.assay.server.annotate.Labels.parse(a.project(), labelText(body));
    String reason = JsonBody.text(body, "reason", false);
    String item = ctx.pathParam("item");
    try {
      review.adjudicate(a.project().id(), a.principal().id(), item, label, reason);
    } catch (Annotations.Refused r) {
      throw ApiException.notFound(r.getMessage());
    }
    JsonBody.send(ctx, 201, Map.of("item", item, "label", label, "by", a.principal().name(), "reason", reason == null ? "" : reason));
  }
}
