package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import dev.assay.testkit.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Items from AlpacaEval annotations (real ones, ../shared/data) and from Label Studio tasks, and
 * the humans-versus-judge comparison: three annotators, two of whom follow the GPT-4 judge's
 * preference and one who always picks the other answer, give a majority equal to the judge
 * (agreement 1, no flips), while a judge-copying rater set against the contrarian alone would
 * flip every decisive item.
 */
class ImportAndVersusTest {
  @TempDir Path dir;

  @Test
  void alpacaEvalAnnotationsImportAndHumansAreComparedWithTheJudge() throws Exception {
    Path file = SharedData.path("alpaca_eval/annotations/FuseChat-Llama-3.2-1B-Instruct.json.gz");
    ArrayNode all;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      all = (ArrayNode) Json.MAPPER.readTree(in);
    }
    ArrayNode first = Json.MAPPER.createArrayNode();
    for (int i = 0; i < 30; i++) {
      first.add(all.get(i));
    }
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0))) {
      Users users = new Users(server.database());
      Http lead = new Http(server.url(), users.add("lee", Role.LEAD, null).token());
      List<Http> raters = List.of(lead.as(users.add("r1", Role.ANNOTATOR, null).token()), lead.as(users.add("r2", Role.ANNOTATOR, null)
          .token()), lead.as(users.add("r3", Role.ANNOTATOR, null).token()));
      long id = lead.post("/api/projects", "{\"name\": \"ae\", \"overlap\": 3}").json().get("id").asLong();
      for (String u : List.of("r1", "r2", "r3")) {
        lead.post("/api/projects/" + id + "/members", "{\"user\": \"" + u + "\"}");
      }
      JsonNode r = lead.post("/api/projects/" + id + "/items?format=alpaca-eval", first.toString()).json();
      assertThat(r.get("lines").asLong()).isEqualTo(30);
      long decisive = 0;
      for (int i = 0; i < 30; i++) {
        double p = first.get(i).path("preference").asDouble(1.5);
        decisive += p != 1.5 ? 1 : 0;
      }
      long imported = r.get("imported").asLong();
      assertThat(imported + r.get("duplicates").asLong() + r.get("quarantined").asLong()).isEqualTo(30);
      assertThat(lead.post("/api/projects/" + id + "/items?format=alpaca-eval", first.toString()).json().get("duplicates").asLong())
          .as("importing the same file again doubles nothing").isEqualTo(imported);

      for (int k = 0; k < 3; k++) {
        Http h = raters.get(k);
        for (Http.Reply next = h.get("/api/projects/" + id + "/next"); next.status() == 200; next = h.get("/api/projects/" + id + "/next")) {
          JsonNode item = next.json();
          String judge = judge(first, item.get("item").asString());
          String label = k < 2 ? judge : judge.equals("a") ? "b" : judge.equals("b") ? "a" : "a";
          assertThat(h.post("/api/projects/" + id + "/annotations",
              "{\"item\": \"" + item.get("item").asString() + "\", \"label\": \"" + label + "\"}").status()).isEqualTo(201);
        }
      }
      JsonNode versus = lead.get("/api/projects/" + id + "/versus").json().get("judge_preference");
      assertThat(versus.get("n").asLong()).isEqualTo(imported);
      assertThat(versus.get("agreement").asDouble()).isEqualTo(1.0);
      assertThat(versus.get("flips").asDouble()).isEqualTo(0.0);
      assertThat(decisive).isPositive();
    }
  }

  @Test
  void labelStudioTasksImportAndABrokenBodyKeepsWhatCameBefore() throws Exception {
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0))) {
      Http lead = new Http(server.url(), new Users(server.database()).add("lee", Role.LEAD, null).token());
      long id = lead.post("/api/projects", "{\"name\": \"ls\"}").json().get("id").asLong();
      String tasks = "[{\"id\": 7, \"data\": {\"instruction\": \"q\", \"output_a\": \"x\", \"output_b\": \"y\"}},"
          + " {\"id\": 8, \"data\": \"nope\"}, {\"id\": 9, \"data\": {\"instruction\": \"q2\", \"output_a\": \"x\", \"output_b\": \"y\"}},"
          + " {\"id\": 10, \"data\": {\"instruction\": ";
      JsonNode r = lead.post("/api/projects/" + id + "/items?format=label-studio", tasks).json();
      assertThat(r.get("imported").asLong()).isEqualTo(2);
      assertThat(r.get("quarantined").asLong()).isEqualTo(2);
      assertThat(r.get("errors").get(0).get("error").asString()).isEqualTo("element 2: a Label Studio task needs 'data' holding the item's fields");
      assertThat(r.get("errors").get(1).get("error").asString()).startsWith("element 4: not valid JSON");
      assertThat(lead.get("/api/projects/" + id + "/items").json().get("items").toString()).contains("\"7\"").contains("\"9\"");
      assertThat(lead.post("/api/projects/" + id + "/items?format=csv", "x").json().get("error").get("message").asString())
          .contains("expected jsonl, alpaca-eval or label-studio");
    }
  }

  private static String judge(ArrayNode annotations, String itemId) throws Exception {
    for (JsonNode a : annotations) {
      String id = "ae-" + sha(a.path("generator_1").asString() + "\n" + a.path("generator_2").asString() + "\n"
          + a.path("instruction").asString());
      if (itemId.equals(id)) {
        double p = a.path("preference").asDouble(1.5);
        return p < 1.25 ? "a" : p > 1.75 ? "b" : "tie";
      }
    }
    throw new AssertionError("no annotation for " + itemId);
  }

  private static String sha(String text) throws Exception {
    byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.util.HexFormat.of().formatHex(h).substring(0, 16);
  }
}
