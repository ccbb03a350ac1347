package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web sessions over plain HTTP: the cookie is HttpOnly and SameSite=Strict, a form posted
 * without the session's CSRF token is refused, a signed-out cookie opens nothing, and only the
 * SHA-256 of a session id is stored.
 */
class WebSessionsTest {
  @TempDir Path dir;
  private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void sessionCookieCsrfAndSignOut() throws Exception {
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0))) {
      Users users = new Users(server.database());
      String lead = users.add("lee", Role.LEAD, null).token();
      users.add("ann", Role.ANNOTATOR, "ann-password");
      Http api = new Http(server.url(), lead);
      long id = api.post("/api/projects", "{\"name\": \"s\"}").json().get("id").asLong();
      api.post("/api/projects/" + id + "/members", "{\"user\": \"ann\"}");
      api.postLines("/api/projects/" + id + "/items", "{\"id\": \"x\", \"instruction\": \"q\", \"output_a\": \"a\", \"output_b\": \"b\"}\n");

      assertThat(form(server, "/login", null, "name=ann&password=nope").statusCode()).isEqualTo(401);
      HttpResponse<String> in = form(server, "/login", null, "name=ann&password=ann-password");
      assertThat(in.statusCode()).isEqualTo(303);
      String setCookie = in.headers().firstValue("Set-Cookie").orElseThrow();
      assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
      String cookie = setCookie.substring(0, setCookie.indexOf(';'));
      String sessionId = cookie.substring(cookie.indexOf('=') + 1);
      long stored = server.database().read(c -> dev.assay.server.db.Sql.count(c, "SELECT COUNT(*) FROM sessions WHERE id_sha256 = ?",
          sessionId));
      assertThat(stored).as("the id itself is never stored").isZero();

      HttpResponse<String> page = get(server, "/p/" + id, cookie);
      assertThat(page.statusCode()).isEqualTo(200);
      Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
      assertThat(m.find()).isTrue();
      String csrf = m.group(1);
      assertThat(form(server, "/p/" + id + "/label", cookie, "item=x&position=first&csrf=forged").statusCode()).isEqualTo(403);
      assertThat(form(server, "/p/" + id + "/label", cookie, "item=x&position=first").statusCode()).isEqualTo(403);
      assertThat(api.get("/api/projects/" + id + "/export").body()).as("nothing was stored by the refused forms").isEmpty();
      assertThat(form(server, "/p/" + id + "/label", cookie, "item=x&position=first&csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8))
          .statusCode()).isEqualTo(303);
      assertThat(api.get("/api/projects/" + id + "/export").body().lines()).hasSize(1);

      assertThat(form(server, "/logout", cookie, "").statusCode()).isEqualTo(303);
      HttpResponse<String> after = get(server, "/p/" + id, cookie);
      assertThat(after.statusCode()).isEqualTo(303);
      assertThat(after.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
  }

  private static HttpResponse<String> form(AssayServer s, String path, String cookie, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.url() + path.substring(1)))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(AssayServer s, String path, String cookie) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(URI.create(s.url() + path.substring(1))).header("Cookie", cookie).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
