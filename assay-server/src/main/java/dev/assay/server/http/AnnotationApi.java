package dev.assay.server.http;

import dev.assay.server.annotate.Annotations;
import dev.assay.server.annotate.Assignment;
import dev.assay.server.annotate.Assignments;
import dev.assay.server.annotate.ExportFormat;
import dev.assay.server.annotate.ProjectAgreement;
import dev.assay.server.annotate.ProjectExport;
import dev.assay.server.auth.Role;
import dev.assay.server.db.Database;
import dev.assay.server.project.Projects;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The annotation routes' handlers: the caller's next item, saving and undoing a label, agreement
 * and export. Labels are in item terms ({@code a} = {@code output_a}); {@code next} says which
 * answer to show first.
 *
 * <pre>{@code
 * AnnotationApi api = new AnnotationApi(db, projects);
 * config.routes.get("/api/projects/{id}/next", api::next);
 * }</pre>
 */
final class AnnotationApi {
  private final Database db;
  private final Projects projects;
  private final Assignments assignments;
  private final Annotations annotations;
  private final dev.assay.server.annotate.Review review;

  AnnotationApi(Database db, Projects projects) {
    this.db = db;
    this.projects = projects;
    this.assignments = new Assignments(db);
    this.annotations = new Annotations(db);
    this.review = new dev.assay.server.annotate.Review(db);
  }

  Assignments assignments() {
    return assignments;
  }

  Annotations annotations() {
    return annotations;
  }

  void next(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.ANNOTATOR, Role.LEAD);
    Optional<Assignment> next;
    try {
      next = assignments.next(a.project(), a.principal().id());
    } catch (Assignments.NotQualified e) {
      throw ApiException.forbidden(e.getMessage());
    }
    if (next.isEmpty()) {
      ctx.status(204);
      return;
    }
    Assignment as = next.get();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item", as.itemId());
    m.put("assignment", as.id());
    m.put("instruction", as.item().path("instruction").asString());
    if (a.project().pairwise()) {
      m.put("output_a", as.item().path("output_a").asString());
      m.put("output_b", as.item().path("output_b").asString());
      m.put("show_first", as.swapped() ? "b" : "a");
    } else {
      m.put("output", as.item().path("output").asString());
      m.put("scale", java.util.List.of(1, a.project().scaleMax()));
    }
    m.put("done", assignments.done(a.project().id(), a.principal().id()));
    JsonBody.send(ctx, 200, m);
  }

  void annotate(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.ANNOTATOR, Role.LEAD);
    ObjectNode body = JsonBody.object(ctx);
    String label = dev.assay.server.annotate.Labels.parse(a.project(), ReviewApi.labelText(body));
    // The item in the path, or (for ids with '/', as pair runs write) in the body.
    String item = ctx.pathParamMap().containsKey("item") ? ctx.pathParam("item") : JsonBody.text(body, "item", true);
    try {
      Annotations.Saved s = annotations.save(a.project().id(), a.principal().id(), item, label, JsonBody.text(body, "reason", false),
          JsonBody.number(body, "seconds"));
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("item", s.itemId());
      m.put("label", s.label());
      if (a.project().pairwise()) {
        m.put("shown_first", s.swapped() ? "b" : "a");
      }
      m.put("created_at", s.createdAt());
      JsonBody.send(ctx, 201, m);
    } catch (Annotations.Refused r) {
      throw switch (r.reason()) {
        case NO_SUCH_ITEM -> ApiException.notFound(r.getMessage());
        case NOT_ASSIGNED -> ApiException.forbidden(r.getMessage());
        case ALREADY_ANNOTATED -> ApiException.conflict(r.getMessage());
      };
    }
  }

  void undo(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.ANNOTATOR, Role.LEAD);
    Optional<String> undone = annotations.undo(a.project().id(), a.principal().id(), ctx.queryParam("item"));
    if (undone.isEmpty()) {
      throw ApiException.notFound("nothing to undo: you have no annotation" + (ctx.queryParam("item") == null ? "" : " of that item")
          + " in project " + a.project().id());
    }
    JsonBody.send(ctx, 200, Map.of("undone", undone.get()));
  }

  void agreement(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD, Role.CLIENT);
    ProjectAgreement.Result r = ProjectAgreement.of(db, a.project());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("krippendorff_alpha", finite(r.krippendorffAlpha()));
    m.put("fleiss_kappa", finite(r.fleissKappa()));
    m.put("percent_agreement", finite(r.percentAgreement()));
    m.put("gwet_ac1", finite(r.gwetAc1()));
    m.put("n_items", r.nItems());
    m.put("n_annotations", r.nAnnotations());
    m.put("n_annotators", r.nAnnotators());
    m.put("labels", r.labels());
    Map<String, Object> bias = new LinkedHashMap<>();
    r.firstShownChosen().forEach((k, v) -> bias.put(k, finite(v)));
    m.put("first_shown_chosen", bias);
    Map<String, Object> vs = new LinkedHashMap<>();
    r.vsMajority().forEach((k, v) -> vs.put(k, Map.of("items", (long) v[0], "agreement", v[1])));
    m.put("vs_majority", vs);
    Map<String, Object> pairs = new LinkedHashMap<>();
    r.pairs().forEach((k, v) -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("items", (long) v[0]);
      e.put("cohen_kappa", finite(v[1]));
      pairs.put(k, e);
    });
    m.put("pairs", pairs);
    m.put("level", a.project().pairwise() ? "nominal (a, b, tie)" : "ordinal (scores 1.." + a.project().scaleMax() + ")");
    Map<String, Object> gold = new LinkedHashMap<>();
    review.goldAccuracy(a.project().id()).forEach((who, nc) -> gold.put(who, Map.of("n", nc[0], "correct", nc[1],
        "accuracy", nc[0] == 0 ? 0.0 : (double) nc[1] / nc[0])));
    m.put("gold_accuracy", gold);
    m.put("skips", review.skips(a.project().id()));
    JsonBody.send(ctx, 200, m);
  }

  void versus(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD, Role.CLIENT);
    Map<String, Object> m = new LinkedHashMap<>();
    (a.project().pairwise() ? dev.assay.server.annotate.Versus.of(db, a.project().id())
        : Map.<String, dev.assay.server.annotate.Versus.Result>of()).forEach((field, r) -> m.put(field, Map.of("n", r.n(),
        "agreement", r.agreement(), "kappa", Double.isFinite(r.kappa()) ? r.kappa() : "undefined", "flips", r.flips())));
    JsonBody.send(ctx, 200, m);
  }

  void export(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD, Role.CLIENT);
    ExportFormat f = ExportFormat.of(ctx.queryParam("format"));
    ctx.status(200).contentType(f.contentType());
    ctx.header("Content-Disposition", "attachment; filename=\"project-" + a.project().id() + "." + (f == ExportFormat.JSONL ? "jsonl" : "json") + "\"");
    if (f == ExportFormat.PREFERENCE_PAIRS && !a.project().pairwise()) {
      throw ApiException.badRequest("format=preference-pairs: preference pairs come from pairwise projects; this one is "
          + a.project().kind().wire());
    }
    ProjectExport.write(db, a.project(), f, ctx.outputStream());
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
