package dev.assay.server;

import dev.assay.core.AssayInputException;
import dev.assay.core.manifest.ToolInfo;
import dev.assay.server.auth.Users;
import dev.assay.server.db.Database;
import dev.assay.server.http.ApiException;
import dev.assay.server.http.ApiRoutes;
import dev.assay.server.http.AuthFilter;
import dev.assay.server.http.JsonBody;
import dev.assay.server.http.OpenApi;
import dev.assay.server.http.Route;
import dev.assay.server.http.SwaggerDocs;
import dev.assay.server.web.WebRoutes;
import io.javalin.Javalin;
import java.util.List;

/**
 * The Assay server: the REST API of {@link ApiRoutes} (OpenAPI at {@code /openapi.json},
 * interactive docs at {@code /docs}) and the web pages of {@link WebRoutes} (sign-in, annotation,
 * the lead's dashboard) over one {@link Database}, on Javalin (Jetty), listening on
 * 127.0.0.1 unless told otherwise.
 *
 * <pre>{@code
 * try (AssayServer s = AssayServer.start(ServerConfig.defaults(Dialect.of("assay.db")).withPort(0))) {
 *   System.out.println(s.url());   // http://127.0.0.1:41234/
 * }
 * }</pre>
 */
public final class AssayServer implements AutoCloseable {
  private final Database db;
  private final Javalin app;
  private final String host;
  private final dev.assay.server.hooks.WebhookDispatcher hooks;

  private AssayServer(Database db, Javalin app, String host, dev.assay.server.hooks.WebhookDispatcher hooks) {
    this.db = db;
    this.app = app;
    this.host = host;
    this.hooks = hooks;
  }

  /** Opens the database (migrating it) and starts listening. */
  public static AssayServer start(ServerConfig config) {
    Database db = Database.open(config.db());
    try {
      List<Route> routes = new ApiRoutes(db).all();
      String openapi = OpenApi.document(routes, ToolInfo.current().version());
      AuthFilter auth = new AuthFilter(new Users(db), routes);
      Javalin app = Javalin.create(cfg -> {
        cfg.startup.showJavalinBanner = false;
        cfg.http.maxRequestSize = config.maxJsonBytes();
        cfg.jetty.host = config.host();
        cfg.jetty.port = config.port();
        cfg.routes.before("/api/*", auth::handle);
        for (Route r : routes) {
          switch (r.method()) {
            case "GET" -> cfg.routes.get(r.path(), r.handler());
            case "POST" -> cfg.routes.post(r.path(), r.handler());
            case "DELETE" -> cfg.routes.delete(r.path(), r.handler());
            default -> throw new IllegalStateException("method " + r.method());
          }
        }
        WebRoutes web = new WebRoutes(db);
        cfg.routes.get("/login", web::loginPage);
        cfg.routes.post("/login", web::login);
        cfg.routes.post("/logout", web::logout);
        cfg.routes.get("/", web::home);
        cfg.routes.get("/p/{id}", web::task);
        cfg.routes.post("/p/{id}/label", web::label);
        cfg.routes.post("/p/{id}/undo", web::undo);
        cfg.routes.get("/p/{id}/lead", web::dashboard);
        cfg.routes.post("/p/{id}/members", web::addMember);
        cfg.routes.post("/p/{id}/adjudicate", web::adjudicate);
        cfg.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        cfg.routes.get("/docs", SwaggerDocs::page);
        cfg.routes.get("/docs/assets/{file}", SwaggerDocs::asset);
        cfg.routes.exception(ApiException.class, (e, ctx) -> JsonBody.send(ctx, e.status(), JsonBody.error(e.status(), e.code(),
            e.getMessage())));
        cfg.routes.exception(AssayInputException.class, (e, ctx) -> JsonBody.send(ctx, 400, JsonBody.error(400, "bad_request",
            e.getMessage())));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
          System.err.println("assay serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
          e.printStackTrace(System.err);
          JsonBody.send(ctx, 500, JsonBody.error(500, "internal", e.getClass().getSimpleName() + ": " + e.getMessage()));
        });
        cfg.routes.error(404, ctx -> {
          String body = ctx.result();
          boolean ours = body != null && (body.startsWith("{") || body.startsWith("<!doctype"));
          if (!ours) { // Javalin's own "Endpoint ... not found"
            if (ctx.path().startsWith("/api/")) {
              JsonBody.send(ctx, 404, JsonBody.error(404, "not_found", "no route " + ctx.method() + " " + ctx.path()));
            } else {
              ctx.html(dev.assay.server.web.Html.page("Not found", null, "<p class=\"error\">No page " + dev.assay.server.web.Html.esc(
                  ctx.path()) + ".</p>"));
            }
          }
        });
      });
      app.start();
      return new AssayServer(db, app, config.host(), dev.assay.server.hooks.WebhookDispatcher.start(db));
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8421/}. */
  public String url() {
    return "http://" + host + ":" + app.port() + "/";
  }

  /** The port it listens on. */
  public int port() {
    return app.port();
  }

  /** The database it stores in. */
  public Database database() {
    return db;
  }

  @Override
  public void close() {
    hooks.close();
    app.stop();
    db.close();
  }
}
