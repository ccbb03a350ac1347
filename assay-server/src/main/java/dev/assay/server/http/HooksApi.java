package dev.assay.server.http;

import dev.assay.server.auth.Role;
import dev.assay.server.db.Database;
import dev.assay.server.hooks.Webhooks;
import dev.assay.server.project.Projects;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The webhook routes' handlers: a lead subscribes a URL to a project's events (the answer holds
 * the signing secret, once) and lists the subscriptions with their delivery counts.
 *
 * <pre>{@code
 * config.routes.post("/api/projects/{id}/webhooks", new HooksApi(db, projects)::subscribe);
 * }</pre>
 */
final class HooksApi {
  private final Projects projects;
  private final Webhooks webhooks;

  HooksApi(Database db, Projects projects) {
    this.projects = projects;
    this.webhooks = new Webhooks(db);
  }

  void subscribe(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD);
    ObjectNode body = JsonBody.object(ctx);
    List<String> events = new ArrayList<>();
    JsonNode e = body.get("events");
    if (e != null && e.isArray()) {
      e.forEach(x -> events.add(x.asString()));
    } else if (e != null && !e.isNull()) {
      throw ApiException.badRequest("field 'events': expected a list such as [\"item.completed\", \"project.completed\"]");
    }
    Webhooks.Subscription s = webhooks.subscribe(a.project().id(), JsonBody.text(body, "url", true), events);
    JsonBody.send(ctx, 201, Map.of("id", s.id(), "url", s.url(), "events", s.events(), "secret", s.secret()));
  }

  void list(Context ctx) {
    Caller.Access a = Caller.project(ctx, projects, Role.LEAD);
    JsonBody.send(ctx, 200, Map.of("webhooks", webhooks.list(a.project().id())));
  }
}
