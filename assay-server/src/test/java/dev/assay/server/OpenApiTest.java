package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.server.http.ApiRoutes;
import dev.assay.server.http.Route;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** /openapi.json documents every route the server answers, and /docs serves the interactive docs from the jar. */
class OpenApiTest {
  @TempDir Path dir;

  @Test
  void everyRouteIsInTheDocumentAndAnswers() throws Exception {
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0))) {
      Http http = new Http(server.url(), null);
      JsonNode doc = http.get("/openapi.json").json();
      assertThat(doc.get("openapi").asString()).startsWith("3.");
      int n = 0;
      for (Route r : new ApiRoutes(server.database()).all()) {
        JsonNode op = doc.get("paths").path(r.path()).path(r.method().toLowerCase(Locale.ROOT));
        assertThat(op.isMissingNode()).as(r.method() + " " + r.path()).isFalse();
        assertThat(op.get("summary").asString()).isEqualTo(r.summary());
        n++;
        // The route exists on the server: without a token it is 401 (or 200 when public), never a 404 "no route".
        String path = r.path().replace("{id}", "1").replace("{item}", "x");
        Http.Reply reply = switch (r.method()) {
          case "GET" -> http.get(path);
          case "POST" -> http.post(path, "{}");
          default -> http.delete(path);
        };
        assertThat(reply.status()).as(r.method() + " " + path).isIn(200, 401);
      }
      int documented = 0;
      for (JsonNode p : doc.get("paths")) {
        documented += p.size();
      }
      assertThat(documented).isEqualTo(n);
      assertThat(http.get("/docs").body()).contains("SwaggerUIBundle");
      assertThat(http.get("/docs/assets/swagger-ui-bundle.js").status()).isEqualTo(200);
    }
  }
}
