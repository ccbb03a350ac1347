package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.cli.quickstart.PairsFromKept;
import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Kept chats become judge pairs: both answers needed, positions alternate, first kept answer wins. */
class QuickstartPairsTest {
  @Test
  void pairsPromptsWithBothAnswersAndAlternatesPositions(@TempDir Path dir) throws Exception {
    Path kept = dir.resolve("kept.jsonl");
    Files.write(kept, List.of(
        chat("p1-a", "p1", "model-a", "Q1", "A1"),
        chat("p1-b", "p1", "model-b", "Q1", "B1"),
        chat("p2-b", "p2", "model-b", "Q2", "B2"),
        chat("p3-a", "p3", "model-a", "Q3", "A3"),
        chat("p3-a-copy", "p3", "model-a", "Q3", "A3 again"),
        chat("p3-b", "p3", "model-b", "Q3", "B3")));
    PairsFromKept.Result r = PairsFromKept.write(kept, "model-a", "model-b", dir.resolve("pairs.jsonl"));
    assertThat(r.prompts()).isEqualTo(3);
    assertThat(r.pairs()).isEqualTo(2);
    assertThat(r.unpaired()).containsExactly("p2");
    List<String> lines = Files.readAllLines(dir.resolve("pairs.jsonl"));
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    JsonNode second = Json.MAPPER.readTree(lines.get(1));
    assertThat(first.get("id").asString()).isEqualTo("p1");
    assertThat(first.get("instruction").asString()).isEqualTo("Q1");
    assertThat(first.get("model_a").asString()).isEqualTo("model-a");
    assertThat(first.get("output_a").asString()).isEqualTo("A1");
    assertThat(first.get("record_b").asString()).isEqualTo("p1-b");
    assertThat(second.get("model_a").asString()).isEqualTo("model-b");
    assertThat(second.get("output_a").asString()).isEqualTo("B3");
    assertThat(second.get("output_b").asString()).isEqualTo("A3");
    assertThat(second.get("topic").asString()).isEqualTo("t");
  }

  private static String chat(String id, String prompt, String model, String question, String answer) {
    return "{\"id\":\"" + id + "\",\"prompt_id\":\"" + prompt + "\",\"model\":\"" + model + "\",\"topic\":\"t\","
        + "\"messages\":[{\"role\":\"user\",\"content\":\"" + question + "\"},{\"role\":\"assistant\",\"content\":\"" + answer + "\"}]}";
  }
}
