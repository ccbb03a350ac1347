package dev.assay.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Interactive API docs at {@code /docs}: Swagger UI from its Maven webjar (served by the server
 * itself, nothing fetched from the network) over {@code /openapi.json}.
 *
 * <pre>{@code
 * config.routes.get("/docs", SwaggerDocs::page);
 * }</pre>
 */
public final class SwaggerDocs {
  static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/5.35.0/";
  private static final Map<String, String> TYPES = Map.of("js", "text/javascript", "css", "text/css", "png", "image/png",
      "html", "text/html", "map", "application/json");

  private SwaggerDocs() {}

  public static void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result("""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Assay server API</title>
        <link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
        <body><div id="docs"></div>
        <script src="/docs/assets/swagger-ui-bundle.js"></script>
        <script>SwaggerUIBundle({url: "/openapi.json", dom_id: "#docs"});</script>
        </body></html>
        """);
  }

  public static void asset(Context ctx) {
    String file = ctx.pathParam("file");
    if (!file.matches("[A-Za-z0-9._-]+")) {
      throw ApiException.notFound("no asset " + file);
    }
    try (InputStream in = SwaggerDocs.class.getClassLoader().getResourceAsStream(WEBJAR + file)) {
      if (in == null) {
        throw ApiException.notFound("no asset " + file);
      }
      String ext = file.substring(file.lastIndexOf('.') + 1);
      ctx.contentType(TYPES.getOrDefault(ext, "application/octet-stream")).result(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
