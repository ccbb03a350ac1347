package dev.assay.eval.pair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import dev.assay.core.manifest.ManifestWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay pair --chats}: two models' answers to the same prompts in one chat data set. */
class ChatPairsTest {
  @Test
  void pairsPromptsWithBothAnswersAlternatesPositionsAndAccountsForEveryRecord(@TempDir Path dir) throws Exception {
    Path kept = dir.resolve("kept.jsonl");
    Files.write(kept, List.of(
        chat("p1-a", "p1", "model-a", "Q1", "A1"),
        chat("p1-b", "p1", "model-b", "Q1", "B1"),
        chat("p2-b", "p2", "model-b", "Q2", "B2"),
        "{\"id\":\"no-model\",\"prompt_id\":\"p9\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}",
        "{not json",
        chat("p3-a", "p3", "model-a", "Q3", "A3"),
        chat("p3-a-copy", "p3", "model-a", "Q3", "A3 again"),
        chat("p3-c", "p3", "model-c", "Q3", "C3"),
        chat("p3-b", "p3", "model-b", "Q3", "B3")));
    Path out = dir.resolve("pairs");
    ChatPairs.Result r = ChatPairs.run(new ChatPairs.Options(kept, "model-a", "model-b", out, List.of("--chats", kept.toString())));
    assertThat(r.prompts()).isEqualTo(3);
    assertThat(r.pairs()).isEqualTo(2);
    assertThat(r.unpaired()).containsExactly("p2");
    assertThat(r.repeats()).isEqualTo(1);
    assertThat(r.otherModels()).isEqualTo(1);
    assertThat(r.quarantined()).isEqualTo(2);
    // 9 records: 4 paired (2 pairs), 1 unpaired, 1 repeat, 1 other model, 2 quarantined
    assertThat(2 * r.pairs() + r.unpaired().size() + r.repeats() + r.otherModels() + r.quarantined()).isEqualTo(9);

    List<String> lines = Files.readAllLines(out.resolve("pairs.jsonl"));
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    JsonNode second = Json.MAPPER.readTree(lines.get(1));
    assertThat(first.get("id").asString()).isEqualTo("p1");
    assertThat(first.get("item_id").asString()).isEqualTo("p1");
    assertThat(first.get("instruction").asString()).isEqualTo("Q1");
    assertThat(first.get("model_a").asString()).isEqualTo("model-a");
    assertThat(first.get("output_a").asString()).isEqualTo("A1");
    assertThat(first.get("record_b").asString()).isEqualTo("p1-b");
    assertThat(second.get("model_a").asString()).isEqualTo("model-b");
    assertThat(second.get("output_a").asString()).isEqualTo("B3");
    assertThat(second.get("output_b").asString()).isEqualTo("A3");
    assertThat(second.get("topic").asString()).isEqualTo("t");

    JsonNode unmatched = Json.MAPPER.readTree(Files.readAllLines(out.resolve("unmatched.jsonl")).get(0));
    assertThat(unmatched.get("item_id").asString()).isEqualTo("p2");
    assertThat(unmatched.get("missing").asString()).isEqualTo("model-a");
    List<String> quarantine = Files.readAllLines(out.resolve("quarantine.jsonl"));
    assertThat(quarantine).hasSize(2);
    assertThat(quarantine.get(0)).contains("'model' is missing").contains("\"line\":4");
    assertThat(quarantine.get(1)).contains("\"line\":5");
    var manifest = ManifestWriter.read(out.resolve("manifest.json"));
    assertThat(manifest.command()).isEqualTo("pair");
    assertThat(manifest.counts()).containsEntry("pairs", 2L).containsEntry("quarantined", 2L).containsEntry("records", 9L);
  }

  @Test
  void withoutNamedModelsTheFirstTwoSeenArePairedAndOneModelIsAnError(@TempDir Path dir) throws Exception {
    Path kept = dir.resolve("kept.jsonl");
    Files.write(kept, List.of(chat("1", "p1", "x", "Q", "X"), chat("2", "p1", "y", "Q", "Y")));
    ChatPairs.Result r = ChatPairs.run(new ChatPairs.Options(kept, null, null, dir.resolve("o"), List.of()));
    assertThat(r.first()).isEqualTo("x");
    assertThat(r.second()).isEqualTo("y");
    assertThat(r.pairs()).isEqualTo(1);

    Path one = dir.resolve("one.jsonl");
    Files.write(one, List.of(chat("1", "p1", "x", "Q", "X")));
    assertThatThrownBy(() -> ChatPairs.run(new ChatPairs.Options(one, null, null, dir.resolve("o2"), List.of())))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("only 'x'");
  }

  private static String chat(String id, String prompt, String model, String question, String answer) {
    return "{\"id\":\"" + id + "\",\"prompt_id\":\"" + prompt + "\",\"model\":\"" + model + "\",\"topic\":\"t\","
        + "\"messages\":[{\"role\":\"user\",\"content\":\"" + question + "\"},{\"role\":\"assistant\",\"content\":\"" + answer + "\"}]}";
  }
}
