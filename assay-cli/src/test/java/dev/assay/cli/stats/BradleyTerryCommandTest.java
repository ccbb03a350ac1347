package dev.assay.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.cli.UsageError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Reference ratings: FastChat rating_systems.py bt_loss_and_grad minimised exactly (scipy L-BFGS-B,
 * ftol=0, gtol=1e-13) on the 16 battles below; FastChat's compute_bt agrees to 5e-5.
 */
class BradleyTerryCommandTest {
  @TempDir Path dir;

  static final String SMALL =
      """
      {"model_a": "a", "model_b": "b", "winner": "model_a"}
      {"model_a": "a", "model_b": "b", "winner": "model_a"}
      {"model_a": "a", "model_b": "b", "winner": "model_b"}
      {"model_a": "b", "model_b": "a", "winner": "tie"}
      {"model_a": "a", "model_b": "c", "winner": "model_a"}
      {"model_a": "c", "model_b": "a", "winner": "model_a"}
      {"model_a": "c", "model_b": "b", "winner": "model_b"}
      {"model_a": "b", "model_b": "c", "winner": "model_a"}

      {"model_a": "b", "model_b": "c", "winner": "tie (bothbad)"}
      {"model_a": "c", "model_b": "d", "winner": "model_a"}
      {"model_a": "d", "model_b": "a", "winner": "model_b"}
      {"model_a": "d", "model_b": "b", "winner": "model_a"}
      {"model_a": "b", "model_b": "d", "winner": "model_a"}
      {"model_a": "c", "model_b": "d", "winner": "tie"}
      {"model_a": "a", "model_b": "d", "winner": "model_a"}
      {"model_a": "d", "model_b": "c", "winner": "model_b"}
      """;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void ratesSortedWithIntervalsAndRanks() throws IOException {
    Path f = write("battles.jsonl", SMALL);
    JsonNode out = StatsCli.run(new BradleyTerryCommand(), "--bootstrap", "200", "--seed", "1", f.toString());
    assertThat(out.get("battles").asInt()).isEqualTo(16);
    JsonNode r = out.get("ratings");
    assertThat(r.size()).isEqualTo(4);
    assertThat(r.get(0).get("model").asString()).isEqualTo("a");
    assertThat(r.get(0).get("rating").asDouble()).isCloseTo(1130.7928742876334, within(1e-6));
    assertThat(r.get(1).get("rating").asDouble()).isCloseTo(1060.2822557242437, within(1e-6));
    assertThat(r.get(2).get("rating").asDouble()).isCloseTo(989.9708294607568, within(1e-6));
    assertThat(r.get(3).get("model").asString()).isEqualTo("d");
    assertThat(r.get(3).get("rating").asDouble()).isCloseTo(818.954040527366, within(1e-6));
    for (JsonNode m : r) {
      assertThat(m.get("lower").asDouble()).isLessThanOrEqualTo(m.get("upper").asDouble());
      assertThat(m.get("rank").asInt()).isBetween(1, 4);
    }
    // 16 battles give wide intervals: every model overlaps the best one
    assertThat(r.get(0).get("rank").asInt()).isEqualTo(1);
  }

  @Test
  void anchorPinsARating() throws IOException {
    Path f = write("battles.jsonl", SMALL);
    JsonNode out = StatsCli.run(new BradleyTerryCommand(), "--bootstrap", "0", "--anchor", "c=1200", f.toString());
    JsonNode r = out.get("ratings");
    assertThat(r.get(2).get("model").asString()).isEqualTo("c");
    assertThat(r.get(2).get("rating").asDouble()).isEqualTo(1200.0);
    assertThat(r.get(0).get("rating").asDouble()).isCloseTo(1130.7928742876334 - 989.9708294607568 + 1200, within(1e-6));
    assertThat(r.get(0).get("lower").isNull()).isTrue();
    assertThat(r.get(3).get("rank").asInt()).isEqualTo(4);
  }

  @Test
  void unknownWinnerNamesFileAndLine() throws IOException {
    Path f = write("bad.jsonl", "{\"model_a\": \"a\", \"model_b\": \"b\", \"winner\": \"model_a\"}\n{\"model_a\": \"a\", \"model_b\": \"b\", \"winner\": \"draw\"}\n");
    assertThatThrownBy(() -> StatsCli.run(new BradleyTerryCommand(), f.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("bad.jsonl:2")
        .hasMessageContaining("winner")
        .hasMessageContaining("\"draw\"");
  }

  @Test
  void malformedJsonNamesFileAndLine() throws IOException {
    Path f = write("bad.jsonl", "{\"model_a\": \"a\", \"model_b\": \"b\", \"winner\": \"tie\"}\n{\"model_a\": \"a\",\n");
    assertThatThrownBy(() -> StatsCli.run(new BradleyTerryCommand(), f.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("bad.jsonl:2");
  }

  @Test
  void missingFieldNamesIt() throws IOException {
    Path f = write("bad.jsonl", "{\"model_a\": \"a\", \"winner\": \"tie\"}\n");
    assertThatThrownBy(() -> StatsCli.run(new BradleyTerryCommand(), f.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("bad.jsonl:1")
        .hasMessageContaining("model_b: expected a string, found no value");
  }

  @Test
  void emptyAndMissingFilesAreUsageErrors() throws IOException {
    Path empty = write("empty.jsonl", "\n\n");
    assertThatThrownBy(() -> StatsCli.run(new BradleyTerryCommand(), empty.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("empty.jsonl: expected at least one record, found an empty file");
    assertThatThrownBy(() -> StatsCli.run(new BradleyTerryCommand(), dir.resolve("nope.jsonl").toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("nope.jsonl: no such file");
  }

  @Test
  void badAnchorIsAUsageError() throws IOException {
    Path f = write("battles.jsonl", SMALL);
    assertThatThrownBy(() -> StatsCli.run(new BradleyTerryCommand(), "--anchor", "zzz=1000", f.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("'zzz'");
    assertThatThrownBy(() -> StatsCli.run(new BradleyTerryCommand(), "--anchor", "a", f.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("MODEL=RATING");
  }
}
