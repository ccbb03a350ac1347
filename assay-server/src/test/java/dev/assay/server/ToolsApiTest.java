package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Validation and toxicity scoring over the API: every line answered, bad lines named, annotators kept out. */
class ToolsApiTest {
  @TempDir Path dir;

  @Test
  void validateAndScoreToxicity() throws Exception {
    try (AssayServer server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0))) {
      Users users = new Users(server.database());
      Http client = new Http(server.url(), users.add("ci", Role.CLIENT, null).token());
      Http ann = client.as(users.add("ann", Role.ANNOTATOR, null).token());
      String chats = "{\"messages\": [{\"role\": \"user\", \"content\": \"hi\"}, {\"role\": \"assistant\", \"content\": \"hello\"}]}\n"
          + "{\"messages\": [{\"role\": \"wizard\", \"content\": 3}]}\n"
          + "{not json\n\n"
          + "{\"messages\": [{\"role\": \"user\", \"content\": \"2+2?\"}, {\"role\": \"assistant\", \"content\": \"4\"}]}\n";
      JsonNode v = client.postLines("/api/validate?schema=openai-chat", chats).json();
      assertThat(v.get("lines").asLong()).isEqualTo(5);
      assertThat(v.get("valid").asLong()).isEqualTo(2);
      assertThat(v.get("invalid").asLong()).isEqualTo(2);
      assertThat(v.get("blank").asLong()).isEqualTo(1);
      assertThat(v.get("errors").get(0).get("line").asLong()).isEqualTo(2);
      assertThat(v.get("errors").get(1).get("errors").get(0).asString()).startsWith("not valid JSON");
      assertThat(client.postLines("/api/validate?schema=/etc/passwd", "{}").status()).as("built-in schemas only").isEqualTo(400);
      assertThat(ann.postLines("/api/validate?schema=openai-chat", chats).status()).isEqualTo(403);

      Http.Reply scored = client.postLines("/api/score/toxicity?field=text", "{\"id\": 1, \"text\": \"Thank you, that was really helpful.\"}\n"
          + "{\"id\": 2, \"text\": \"You are a worthless idiot and everyone hates you.\"}\n{\"id\": 3}\n");
      assertThat(scored.status()).isEqualTo(200);
      List<String> lines = scored.body().lines().toList();
      assertThat(lines).hasSize(3);
      JsonNode kind = new Http.Reply(200, lines.get(0)).json();
      JsonNode rude = new Http.Reply(200, lines.get(1)).json();
      assertThat(kind.get("id").asInt()).isEqualTo(1);
      assertThat(rude.get("toxicity_scores").get("toxicity").asDouble())
          .isGreaterThan(kind.get("toxicity_scores").get("toxicity").asDouble() + 0.3);
      assertThat(lines.get(2)).contains("line 3: expected a JSON object with a string 'text'");

      // The reward model on pairs: the helpful answer wins, and the field is what versus reads.
      Http.Reply rewards = client.postLines("/api/score/reward", "{\"id\": \"p1\", \"instruction\": \"How do I boil an egg?\","
          + " \"output_a\": \"Place the egg in boiling water for about nine minutes, then cool it in cold water before peeling.\","
          + " \"output_b\": \"No.\"}\n{\"id\": \"p2\"}\n");
      List<String> r = rewards.body().lines().toList();
      assertThat(r).hasSize(2);
      JsonNode p1 = new Http.Reply(200, r.get(0)).json();
      assertThat(p1.get("reward_a").asDouble()).isGreaterThan(p1.get("reward_b").asDouble());
      assertThat(p1.get("reward_winner").asString()).isEqualTo("a");
      assertThat(r.get(1)).contains("line 2: expected");
    }
  }
}
