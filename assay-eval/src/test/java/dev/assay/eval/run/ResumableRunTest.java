package dev.assay.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.models.llm.ModelCallException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ResumableRunTest {

  @TempDir Path dir;

  /** Upper-cases the "text" field; fails (as a model call would) for ids listed in failing. */
  private static final class Upper implements ItemTask {
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final Set<String> crashing = ConcurrentHashMap.newKeySet();
    final Set<String> ran = ConcurrentHashMap.newKeySet();
    final AtomicInteger budgetLeft = new AtomicInteger(Integer.MAX_VALUE);

    @Override
    public List<String> problems(JsonNode row) {
      JsonNode t = row.get("text");
      return t != null && t.isString()
          ? List.of()
          : List.of("field 'text': expected a string, found " + (t == null ? "nothing" : t.toString()));
    }

    @Override
    public ObjectNode run(JsonNode row) throws ModelCallException {
      String id = RunJournal.key(row.get("id"));
      if (budgetLeft.getAndDecrement() <= 0) {
        throw new ModelCallException(ModelCallException.Kind.BUDGET, "max_cost_usd 0.01 reached");
      }
      if (crashing.contains(id)) {
        throw new IllegalStateException("cannot load the reward model");
      }
      if (failing.contains(id)) {
        throw new ModelCallException(ModelCallException.Kind.SERVER, 503, "HTTP 503 after 4 attempts", null);
      }
      ran.add(id);
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      o.put("upper", row.get("text").asString().toUpperCase());
      return o;
    }
  }

  private Path input(String... lines) throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return in;
  }

  private static List<String> withoutInputHashes(Path file) throws java.io.IOException {
    return Files.readAllLines(file).stream().map(l -> l.replaceAll(",\"input_sha256\":\"[0-9a-f]{64}\"", "")).toList();
  }

  @Test
  void aRowWhoseContentChangedUnderTheSameIdRunsAgain() throws Exception {
    Path in = input("{\"id\":\"a\",\"text\":\"one\"}", "{\"id\":\"b\",\"text\":\"two\"}");
    RunOutcome o1 = ResumableRun.run(in, dir.resolve("out"), new Upper(), options());
    assertThat(o1.finished()).isEqualTo(2);
    // Upstream changed b's text (an answer edited, a pair's positions swapped): its old result is stale.
    Files.write(in, List.of("{\"id\":\"a\",\"text\":\"one\"}", "{\"id\":\"b\",\"text\":\"deux\"}"));
    Upper second = new Upper();
    RunOutcome o2 = ResumableRun.run(in, dir.resolve("out"), second, options());
    assertThat(o2.resumed()).isEqualTo(1);
    assertThat(o2.finished()).isEqualTo(1);
    assertThat(second.ran).containsExactly("b");
    assertThat(withoutInputHashes(dir.resolve("out/results.jsonl")))
        .containsExactly("{\"id\":\"a\",\"upper\":\"ONE\"}", "{\"id\":\"b\",\"upper\":\"DEUX\"}");
  }

  private static ResumableRun.Options options() {
    return new ResumableRun.Options("results.jsonl", 4, null);
  }

  @Test
  void everyRowEndsInExactlyOnePlaceAndResultsKeepInputOrder() throws Exception {
    Path in = input(
        "{\"id\":\"r1\",\"text\":\"one\"}",
        "{\"id\":2,\"text\":\"two\"}",
        "{not json",
        "{\"text\":\"no id\"}",
        "{\"id\":\"r1\",\"text\":\"again\"}",
        "",
        "{\"id\":\"r5\",\"text\":5}",
        "{\"id\":\"r6\",\"text\":\"six\"}");
    RunOutcome o = ResumableRun.run(in, dir.resolve("out"), new Upper(), options());

    assertThat(o.rows()).isEqualTo(7);
    assertThat(o.blankLines()).isEqualTo(1);
    assertThat(o.finished()).isEqualTo(3);
    assertThat(o.quarantined()).isEqualTo(4);
    assertThat(o.rows()).isEqualTo(o.resumed() + o.finished() + o.failed() + o.quarantined() + o.notStarted());
    assertThat(o.complete()).isTrue();
    String r1 = dev.assay.core.manifest.Sha256.of("{\"id\":\"r1\",\"text\":\"one\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Files.readAllLines(dir.resolve("out/results.jsonl")))
        .as("each line records the SHA-256 of the row it was made from")
        .startsWith("{\"id\":\"r1\",\"upper\":\"ONE\",\"input_sha256\":\"" + r1 + "\"}");
    assertThat(withoutInputHashes(dir.resolve("out/results.jsonl")))
        .containsExactly(
            "{\"id\":\"r1\",\"upper\":\"ONE\"}",
            "{\"id\":2,\"upper\":\"TWO\"}",
            "{\"id\":\"r6\",\"upper\":\"SIX\"}");
    List<String> quarantine = Files.readAllLines(dir.resolve("out/quarantine.jsonl"));
    assertThat(quarantine).hasSize(4);
    assertThat(quarantine.get(0)).contains("in.jsonl:3");
    assertThat(quarantine.get(1)).contains("in.jsonl:4: field 'id': expected a non-empty string");
    assertThat(quarantine.get(2)).contains("in.jsonl:5: field 'id': duplicate id \\\"r1\\\", first seen at line 1");
    assertThat(quarantine.get(3)).contains("in.jsonl:7: field 'text': expected a string, found 5");
  }

  @Test
  void aTaskThatThrowsLosesNoRow() throws Exception {
    Path in = input("{\"id\":\"a\",\"text\":\"x\"}", "{\"id\":\"b\",\"text\":\"y\"}");
    Upper broken = new Upper();
    broken.crashing.add("b");
    RunOutcome o = ResumableRun.run(in, dir.resolve("out"), broken, options());
    assertThat(o.finished()).isEqualTo(1);
    assertThat(o.failed()).isEqualTo(1);
    assertThat(o.failuresByKind()).containsEntry("internal", 1L);
    assertThat(o.rows()).isEqualTo(o.resumed() + o.finished() + o.failed() + o.quarantined() + o.notStarted());
    assertThat(o.complete()).isFalse();
    JsonNode error = Json.MAPPER.readTree(Files.readAllLines(dir.resolve("out/errors.jsonl")).get(0));
    assertThat(error.get("kind").asString()).isEqualTo("internal");
    assertThat(error.get("error").asString())
        .isEqualTo(in + ":2: the task failed: IllegalStateException: cannot load the reward model");

    RunOutcome again = ResumableRun.run(in, dir.resolve("out"), new Upper(), options());
    assertThat(again.resumed()).isEqualTo(1);
    assertThat(again.finished()).isEqualTo(1);
    assertThat(again.complete()).isTrue();
  }

  @Test
  void failedRowsAreReportedAndOnlyTheyRunAgain() throws Exception {
    Path in = input(
        "{\"id\":\"a\",\"text\":\"x\"}", "{\"id\":\"b\",\"text\":\"y\"}", "{\"id\":\"c\",\"text\":\"z\"}");
    Upper first = new Upper();
    first.failing.add("b");
    RunOutcome o1 = ResumableRun.run(in, dir.resolve("out"), first, options());
    assertThat(o1.finished()).isEqualTo(2);
    assertThat(o1.failed()).isEqualTo(1);
    assertThat(o1.failuresByKind()).containsEntry("server", 1L);
    assertThat(o1.complete()).isFalse();
    JsonNode error = Json.MAPPER.readTree(Files.readAllLines(dir.resolve("out/errors.jsonl")).get(0));
    assertThat(error.get("id").asString()).isEqualTo("b");
    assertThat(error.get("status").asInt()).isEqualTo(503);
    assertThat(error.get("error").asString()).startsWith(in + ":2: model call failed");

    Upper second = new Upper();
    RunOutcome o2 = ResumableRun.run(in, dir.resolve("out"), second, options());
    assertThat(second.ran).containsExactly("b");
    assertThat(o2.resumed()).isEqualTo(2);
    assertThat(o2.finished()).isEqualTo(1);
    assertThat(o2.complete()).isTrue();
    assertThat(Files.readAllLines(dir.resolve("out/results.jsonl"))).hasSize(3).first().asString().contains("\"a\"");
    assertThat(Files.readAllLines(dir.resolve("out/errors.jsonl"))).isEmpty();
  }

  @Test
  void aSpentBudgetStopsTheRunCleanlyAndTheNextRunGoesOn() throws Exception {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      lines.append("{\"id\":\"i").append(i).append("\",\"text\":\"t\"}\n");
    }
    Path in = dir.resolve("many.jsonl");
    Files.writeString(in, lines, StandardCharsets.UTF_8);
    Upper limited = new Upper();
    limited.budgetLeft.set(10);
    RunOutcome o1 = ResumableRun.run(in, dir.resolve("out"), limited,
        new ResumableRun.Options("results.jsonl", 1, null));
    assertThat(o1.finished()).isEqualTo(10);
    assertThat(o1.stopReason()).startsWith("budget: ");
    assertThat(o1.failed() + o1.notStarted()).isEqualTo(40);
    assertThat(o1.rows()).isEqualTo(o1.finished() + o1.failed() + o1.notStarted());

    Upper rest = new Upper();
    RunOutcome o2 = ResumableRun.run(in, dir.resolve("out"), rest, options());
    assertThat(o2.resumed()).isEqualTo(10);
    assertThat(o2.finished()).isEqualTo(40);
    assertThat(rest.ran).hasSize(40);
    assertThat(Files.readAllLines(dir.resolve("out/results.jsonl"))).hasSize(50).first().asString().contains("\"i0\"");
  }
}
