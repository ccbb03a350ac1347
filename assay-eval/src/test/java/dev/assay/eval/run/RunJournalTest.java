package dev.assay.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

class RunJournalTest {

  @TempDir Path dir;

  private static ObjectNode line(String json) {
    return (ObjectNode) Json.MAPPER.readTree(json);
  }

  @Test
  void keepsFinishedLinesAcrossReopen() {
    Path file = dir.resolve("judgments.jsonl");
    try (RunJournal j = RunJournal.open(file)) {
      j.append(line("{\"id\":\"a\",\"winner\":\"a\"}"));
      j.append(line("{\"id\":7,\"winner\":\"tie\"}"));
    }
    try (RunJournal j = RunJournal.open(file)) {
      assertThat(j.size()).isEqualTo(2);
      assertThat(j.contains("a")).isTrue();
      assertThat(j.contains("7")).isTrue();
      assertThat(j.droppedBytes()).isZero();
    }
  }

  @Test
  void dropsTheLineAKilledRunLeftHalfWritten() throws Exception {
    Path file = dir.resolve("judgments.jsonl");
    String text = "{\"id\":\"a\",\"winner\":\"a\"}\n{\"id\":\"b\",\"winner\":\"b\"}\n{\"id\":\"c\",\"win";
    Files.writeString(file, text, StandardCharsets.UTF_8);
    try (RunJournal j = RunJournal.open(file)) {
      assertThat(j.finished().keySet()).containsExactlyInAnyOrder("a", "b");
      assertThat(j.droppedBytes()).isEqualTo("{\"id\":\"c\",\"win".length());
      j.append(line("{\"id\":\"c\",\"winner\":\"b\"}"));
    }
    assertThat(Files.readAllLines(file))
        .containsExactly(
            "{\"id\":\"a\",\"winner\":\"a\"}",
            "{\"id\":\"b\",\"winner\":\"b\"}",
            "{\"id\":\"c\",\"winner\":\"b\"}");
  }

  @Test
  void aDamagedLineEndsWhatIsTrusted() throws Exception {
    Path file = dir.resolve("j.jsonl");
    Files.writeString(file, "{\"id\":\"a\"}\n{garbage}\n{\"id\":\"b\"}\n", StandardCharsets.UTF_8);
    try (RunJournal j = RunJournal.open(file)) {
      assertThat(j.finished().keySet()).containsExactly("a");
    }
    assertThat(Files.readString(file)).isEqualTo("{\"id\":\"a\"}\n");
  }

  @Test
  void closeInOrderRewritesByInputOrderKeepingUnknownKeys() throws Exception {
    Path file = dir.resolve("j.jsonl");
    RunJournal j = RunJournal.open(file);
    j.append(line("{\"id\":\"c\"}"));
    j.append(line("{\"id\":\"old\"}"));
    j.append(line("{\"id\":\"a\"}"));
    j.append(line("{\"id\":\"b\"}"));
    j.closeInOrder(List.of("a", "b", "c"));
    assertThat(Files.readAllLines(file))
        .containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}", "{\"id\":\"c\"}", "{\"id\":\"old\"}");
    assertThat(Files.exists(dir.resolve("j.jsonl.tmp"))).isFalse();
  }
}
