package dev.assay.server.http;

import dev.assay.server.auth.Principal;
import dev.assay.server.db.Database;
import dev.assay.server.project.Projects;
import java.util.List;
import java.util.Map;

/**
 * Every route of the REST API in one table: the server registers these and the OpenAPI document
 * lists these, so the two cannot drift apart.
 *
 * <pre>{@code
 * for (Route r : new ApiRoutes(db).all()) { ... }
 * }</pre>
 */
public final class ApiRoutes {
  private final Database db;
  private final ProjectApi projects;
  private final AnnotationApi annotations;
  private final ReviewApi review;
  private final HooksApi hooks;
  private final ToolsApi tools = new ToolsApi();

  public ApiRoutes(Database db) {
    this.db = db;
    Projects p = new Projects(db);
    this.projects = new ProjectApi(db, p);
    this.annotations = new AnnotationApi(db, p);
    this.review = new ReviewApi(db, p);
    this.hooks = new HooksApi(db, p);
  }

  /** The routes, in the order the docs show them. */
  public List<Route> all() {
    List<String> any = List.of();
    List<String> managers = List.of("lead", "client");
    List<String> raters = List.of("annotator", "lead");
    return List.of(
        new Route("GET", "/api/health", "Whether the server and its database answer", List.of("public"), null,
            "{status, database}", ctx -> JsonBody.send(ctx, 200, Map.of("status", "ok", "database",
                db.target().dialect().name().toLowerCase(java.util.Locale.ROOT)))),
        new Route("GET", "/api/me", "The signed-in user", any, null, "{id, name, role}", ctx -> {
          Principal p = Caller.of(ctx);
          JsonBody.send(ctx, 200, Map.of("id", p.id(), "name", p.name(), "role", p.role().wire()));
        }),
        new Route("GET", "/api/projects", "The projects the caller may see", any, null, "{projects: [...]}", projects::list),
        new Route("POST", "/api/validate", "Validate JSON Lines against a built-in schema (?schema=openai-chat|alpaca|...)",
            List.of("admin", "lead", "client"), "JSON Lines", "{schema, lines, valid, invalid, blank, errors: [{line, errors}]}",
            tools::validate),
        new Route("POST", "/api/score/toxicity", "Score texts with the embedded toxicity scorer (?field=text)",
            List.of("admin", "lead", "client"), "JSON Lines", "the same lines, each with toxicity_scores; bad lines as {line, error}",
            tools::toxicity),
        new Route("POST", "/api/score/reward", "Score pairs with the bundled reward model (reward_a, reward_b, reward_winner)",
            List.of("admin", "lead", "client"), "JSON Lines of {instruction, output_a, output_b}",
            "the same lines with reward_a, reward_b, reward_winner; bad lines as {line, error}", tools::reward),
        new Route("POST", "/api/projects", "Create a project (admins, leads, API clients)", List.of("admin", "lead", "client"),
            "{name, kind: pairwise, overlap, guidelines}", "201 {id, name, kind, overlap, guidelines, created_at}", projects::create),
        new Route("GET", "/api/projects/{id}", "A project, with counts for its leads", List.of("lead", "annotator", "client"), null,
            "{id, name, kind, overlap, guidelines, your_role, items, annotations, members}", projects::get),
        new Route("POST", "/api/projects/{id}/members", "Add a member or change their role", List.of("lead"),
            "{user, role: annotator|lead|client}", "201 {project, user, role}", projects::addMember),
        new Route("GET", "/api/projects/{id}/members", "The members and their roles", managers, null, "{members: [{user, role}]}",
            projects::members),
        new Route("POST", "/api/projects/{id}/items", "Import items (?format=jsonl|alpaca-eval|label-studio)", managers,
            "JSON Lines: {id, instruction, output_a, output_b, ...} per line; or an AlpacaEval annotations or Label Studio tasks array",
            "{lines, imported, duplicates, quarantined, blank, errors: [{line, error}]}", projects::importItems),
        new Route("GET", "/api/projects/{id}/items", "Item ids, a page at a time (?after=&limit=, at most 50000)", managers, null,
            "{items: [{id, assigned}], next_after}", projects::listItems),
        new Route("GET", "/api/projects/{id}/next", "The caller's next item (204 when none is left)", raters, null,
            "{item, assignment, instruction, output_a, output_b, show_first, done}", annotations::next),
        new Route("POST", "/api/projects/{id}/items/{item}/annotations", "Save the caller's label, in item terms", raters,
            "{label: a|b|tie, reason, seconds}", "201 {id, item, label, shown_first, created_at}, once committed", annotations::annotate),
        new Route("POST", "/api/projects/{id}/annotations", "Save the caller's label, the item in the body (ids with '/')", raters,
            "{item, label: a|b|tie, reason, seconds}", "201 {id, item, label, shown_first, created_at}, once committed",
            annotations::annotate),
        new Route("POST", "/api/projects/{id}/items/{item}/skip", "Pass an open item with a reason; it goes to someone else", raters,
            "{reason}", "{skipped}", review::skip),
        new Route("GET", "/api/projects/{id}/disagreements", "Items whose labels differ and that no lead settled yet (?limit=)",
            List.of("lead"), null, "{items: [{item, instruction, labels: {annotator: label}}]}", review::disagreements),
        new Route("POST", "/api/projects/{id}/items/{item}/adjudication", "Settle an item: the lead's label, stored with who and why",
            List.of("lead"), "{label: a|b|tie, reason}", "201 {item, label, by, reason}", review::adjudicate),
        new Route("DELETE", "/api/projects/{id}/annotations/mine", "Undo the caller's last annotation (or ?item=)", raters, null,
            "{undone}", annotations::undo),
        new Route("GET", "/api/projects/{id}/agreement", "Agreement among the annotators", managers, null,
            "{krippendorff_alpha, fleiss_kappa, percent_agreement, n_items, n_annotations, n_annotators, labels, first_shown_chosen,"
                + " gold_accuracy, skips}",
            annotations::agreement),
        new Route("GET", "/api/projects/{id}/versus", "Humans against the LLM judge and the reward model on the same items", managers,
            null, "{judge_winner|winner|reward_winner|preference|judge_preference: {n, agreement, kappa, flips}}", annotations::versus),
        new Route("POST", "/api/projects/{id}/webhooks", "Subscribe a URL to item.completed / project.completed (Standard Webhooks)",
            List.of("lead"), "{url, events}", "201 {id, url, events, secret} (the signing secret, shown once)", hooks::subscribe),
        new Route("GET", "/api/projects/{id}/webhooks", "The project's webhooks with delivered, pending and failed counts",
            List.of("lead"), null, "{webhooks: [{id, url, events, delivered, pending, failed}]}", hooks::list),
        new Route("GET", "/api/projects/{id}/export", "Every annotation (?format=jsonl|label-studio), streamed", managers, null,
            "JSON Lines, or Label Studio task JSON", annotations::export));
  }
}
