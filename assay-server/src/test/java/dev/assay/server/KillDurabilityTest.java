package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import dev.assay.server.db.Database;
import dev.assay.server.db.Dialect;
import dev.assay.server.db.Sql;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annotation the server acknowledged with 201 survives {@code kill -9} of the server process,
 * under load: the server runs as its own JVM ({@code ServerMain serve}), eight annotators submit
 * as fast as they can, the process is killed mid-stream, and the database, opened again, holds
 * every acknowledged annotation exactly once. The server then starts again on the same file and
 * hands the unfinished items out again.
 */
class KillDurabilityTest {
  @TempDir Path dir;

  @Test
  void acknowledgedAnnotationsSurviveKillNine() throws Exception {
    Dialect.Target db = Dialect.of(dir.resolve("assay.db").toString());
    List<String> tokens = new ArrayList<>();
    String lead;
    try (Database d = Database.open(db)) {
      Users users = new Users(d);
      lead = users.add("lee", Role.LEAD, null).token();
      for (int i = 0; i < 8; i++) {
        tokens.add(users.add("a" + i, Role.ANNOTATOR, null).token());
      }
    }
    Process server = serve(db);
    String url = url(server);
    Http api = new Http(url, lead);
    long id = api.post("/api/projects", "{\"name\": \"load\", \"overlap\": 8}").json().get("id").asLong();
    for (int i = 0; i < 8; i++) {
      api.post("/api/projects/" + id + "/members", "{\"user\": \"a" + i + "\"}");
    }
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      items.append("{\"id\": \"i").append(i).append("\", \"instruction\": \"q\", \"output_a\": \"a\", \"output_b\": \"b\"}\n");
    }
    assertThat(api.postLines("/api/projects/" + id + "/items", items.toString()).json().get("imported").asLong()).isEqualTo(2000);

    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> annotators = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Http me = api.as(tokens.get(i));
      String who = "a" + i;
      annotators.add(Thread.ofPlatform().start(() -> {
        while (!stop.get()) {
          try {
            Http.Reply next = me.get("/api/projects/" + id + "/next");
            if (next.status() != 200) {
              return;
            }
            String item = next.json().get("item").asString();
            Http.Reply saved = me.post("/api/projects/" + id + "/items/" + item + "/annotations", "{\"label\": \"tie\"}");
            if (saved.status() == 201) {
              acknowledged.add(who + "/" + item);
            }
          } catch (Exception e) {
            return; // the server is gone
          }
        }
      }));
    }
    while (acknowledged.size() < 300) {
      Thread.sleep(20);
    }
    server.destroyForcibly(); // SIGKILL: no shutdown hook runs
    server.waitFor(30, TimeUnit.SECONDS);
    stop.set(true);
    for (Thread t : annotators) {
      t.join(30_000);
    }
    int acked = acknowledged.size();
    try (Database d = Database.open(db)) {
      List<String> stored = d.read(c -> Sql.list(c, "SELECT u.name, i.external_id FROM annotations an JOIN users u ON u.id = an.user_id"
          + " JOIN items i ON i.id = an.item_id", rs -> rs.getString(1) + "/" + rs.getString(2)));
      assertThat(stored).as("every acknowledged annotation is stored").containsAll(acknowledged);
      assertThat(stored).as("none doubled").doesNotHaveDuplicates();
      assertThat(stored.size()).as("at most the ones in flight at the kill were stored unacknowledged").isLessThanOrEqualTo(acked + 8);
      long done = d.read(c -> Sql.count(c, "SELECT COUNT(*) FROM assignments WHERE done_at IS NOT NULL"));
      assertThat(done).as("each stored annotation closed its assignment in the same transaction").isEqualTo(stored.size());
    }
    Process again = serve(db);
    try {
      Http.Reply next = new Http(url(again), tokens.get(0)).get("/api/projects/" + id + "/next");
      assertThat(next.status()).isEqualTo(200);
    } finally {
      again.destroyForcibly();
      again.waitFor(30, TimeUnit.SECONDS);
    }
  }

  private static Process serve(Dialect.Target db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "dev.assay.server.cli.ServerMain", "serve", "--db",
        db.display(), "--port", "0", "--json").redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static String url(Process p) throws Exception {
    BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = r.readLine();
    assertThat(line).as("serve --json prints its URL").isNotNull();
    return Json.MAPPER.readTree(line).get("url").asString();
  }
}
