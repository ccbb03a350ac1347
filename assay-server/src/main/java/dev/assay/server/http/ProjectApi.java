package dev.assay.server.http;

import dev.assay.server.auth.Principal;
import dev.assay.server.auth.Role;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import dev.assay.server.project.ItemImport;
import dev.assay.server.project.Project;
import dev.assay.server.project.ProjectKind;
import dev.assay.server.project.Projects;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The project routes' handlers: create and list projects, members, item import and item listing.
 * Each one checks access through {@link Caller}, calls the repository, and answers JSON.
 *
 * <pre>{@code
 * ProjectApi api = new ProjectApi(db, projects);
 * config.routes.post("/api/projects", api::create);
 * }</pre>
 */
final class ProjectApi {
  /** Item ids per page at most. */
  static final int MAX_PAGE = 50_000;
  private final Database db;
  private final Projects projects;

  ProjectApi(Database db, Projects projects) {
    this.db = db;
    this.projects = projects;
  }

  void create(Context ctx) {
    Principal p = Caller.of(ctx);
    if (!p.role().createsProjects()) {
      throw ApiException.forbidden("annotators cannot create projects (admins, leads and API clients can)");
    }
    ObjectNode body = JsonBody.object(ctx);
    Project created = projects.create(p, JsonBody.text(body, "name", true),
        ProjectKind.of(body.has("kind") ? JsonBody.text(body, "kind", true) : "pairwise"), JsonBody.integer(body, "overlap", 1),
        JsonBody.text(body, "guidelines", false), JsonBody.integer(body, "qualification", 0),
        body.has("min_accuracy") ? JsonBody.number(body, "min_accuracy") : 0.8, scaleMax(body));
    JsonBody.send(ctx, 201, json(created));
  }

  void list(Context ctx) {
    JsonBody.send(ctx, 200, Map.of("projects", projects.visibleTo(Caller.of(ctx)).stream().map(ProjectApi::json).toList()));
  }

  void get(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD, Role.ANNOTATOR, Role.CLIENT);
    long id = a.project().id();
    Map<String, Object> m = json(a.project());
    m.put("your_role", a.role().wire());
    if (a.role() != Role.ANNOTATOR) {
      long[] counts = db.read(c -> new long[] {Sql.count(c, "SELECT COUNT(*) FROM items WHERE project_id = ?", id),
          Sql.count(c, "SELECT COUNT(*) FROM annotations WHERE project_id = ?", id),
          Sql.count(c, "SELECT COUNT(*) FROM members WHERE project_id = ?", id)});
      m.put("items", counts[0]);
      m.put("annotations", counts[1]);
      m.put("members", counts[2]);
    }
    JsonBody.send(ctx, 200, m);
  }

  void addMember(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD);
    ObjectNode body = JsonBody.object(ctx);
    String user = JsonBody.text(body, "user", true);
    Role role = Role.of(body.has("role") ? JsonBody.text(body, "role", true) : "annotator");
    projects.addMember(a.project().id(), user, role);
    JsonBody.send(ctx, 201, Map.of("project", a.project().id(), "user", user, "role", role.wire()));
  }

  void members(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD, Role.CLIENT);
    List<Map<String, String>> out = projects.members(a.project().id()).stream().map(m -> Map.of("user", m[0], "role", m[1])).toList();
    JsonBody.send(ctx, 200, Map.of("members", out));
  }

  void importItems(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD, Role.CLIENT);
    dev.assay.server.project.ImportFormat format = dev.assay.server.project.ImportFormat.of(ctx.queryParam("format"));
    ItemImport.Result r = format == dev.assay.server.project.ImportFormat.JSONL
        ? ItemImport.run(db, a.project().id(), ctx.bodyInputStream(), a.project().kind())
        : ItemImport.runArray(db, a.project().id(), ctx.bodyInputStream(), format, a.project().kind());
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lines", r.lines());
    m.put("imported", r.imported());
    m.put("duplicates", r.duplicates());
    m.put("quarantined", r.quarantined());
    m.put("blank", r.blank());
    m.put("errors", r.errors());
    JsonBody.send(ctx, 200, m);
  }

  void listItems(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD, Role.CLIENT);
    long after = parse(ctx.queryParam("after"), 0, "after");
    long limit = Math.min(parse(ctx.queryParam("limit"), 1000, "limit"), MAX_PAGE);
    List<Object[]> rows = db.read(c -> Sql.list(c, "SELECT id, external_id, assigned FROM items WHERE project_id = ? AND id > ?"
        + " ORDER BY id LIMIT ?", rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}, a.project().id(), after, limit));
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("items", rows.stream().map(r -> Map.of("id", r[1], "assigned", r[2])).toList());
    m.put("next_after", rows.size() < limit ? null : rows.get(rows.size() - 1)[0]);
    JsonBody.send(ctx, 200, m);
  }

  /** A Likert scale's top: {@code "scale": [1, N]} or {@code "scale_max": N}; 5 by default. */
  private static int scaleMax(ObjectNode body) {
    tools.jackson.databind.JsonNode sc = body.get("scale");
    if (sc != null && !sc.isNull()) {
      if (!sc.isArray() || sc.size() != 2 || sc.get(0).asInt(-1) != 1 || !sc.get(1).isIntegralNumber()) {
        throw ApiException.badRequest("field 'scale': expected [1, N], found " + sc);
      }
      return sc.get(1).asInt();
    }
    return JsonBody.integer(body, "scale_max", 5);
  }

  static Map<String, Object> json(Project p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("name", p.name());
    m.put("kind", p.kind().wire());
    m.put("overlap", p.overlap());
    m.put("guidelines", p.guidelines());
    if (!p.pairwise()) {
      m.put("scale", List.of(1, p.scaleMax()));
    }
    m.put("qualification", p.qualification());
    m.put("min_accuracy", p.minAccuracy());
    m.put("created_at", p.createdAt());
    return m;
  }

  private static long parse(String v, long fallback, String name) {
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      long n = Long.parseLong(v);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("?" + name + "=" + v + ": expected a whole number >= 0");
    }
  }
}
