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

class RewardEntropyCommandTest {
  @TempDir Path dir;

  /**
   * scipy (Debian 1.10.1): np.mean([stats.entropy([x, 1 - x]) for x in expit(c - r)]) with c =
   * [2.0, 0.1, -3.0, 40.0], r = [-1.0, 0.1, -2.5, 0.0] gives 0.3867148675613917.
   */
  @Test
  void matchesScipy() throws IOException {
    Path f = dir.resolve("s.jsonl");
    Files.writeString(f, """
        {"chosen": 2.0, "rejected": -1.0, "id": "x"}
        {"chosen": 0.1, "rejected": 0.1}
        {"chosen": -3.0, "rejected": -2.5}
        {"chosen": 40, "rejected": 0}
        """);
    JsonNode out = StatsCli.run(new RewardEntropyCommand(), f.toString());
    assertThat(out.get("reward_entropy").asDouble()).isCloseTo(0.3867148675613917, within(1e-12));
    assertThat(out.get("reward_entropy_bits").asDouble()).isCloseTo(0.3867148675613917 / Math.log(2), within(1e-12));
    assertThat(out.get("n").asLong()).isEqualTo(4);
    assertThat(out.get("accuracy").asDouble()).isEqualTo(0.5);
  }

  @Test
  void badInputs() throws IOException {
    Path f = dir.resolve("s.jsonl");
    Files.writeString(f, "{\"chosen\": 1, \"rejected\": 0}\n{\"chosen\": \"x\", \"rejected\": 0}\n");
    assertThatThrownBy(() -> StatsCli.run(new RewardEntropyCommand(), f.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("s.jsonl:2: chosen: expected a number, found string");
    Files.writeString(f, "{\"chosen\": 1}\n");
    assertThatThrownBy(() -> StatsCli.run(new RewardEntropyCommand(), f.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("s.jsonl:1: rejected: expected a number, found no value");
    Files.writeString(f, "not json\n");
    assertThatThrownBy(() -> StatsCli.run(new RewardEntropyCommand(), f.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("s.jsonl:1");
    Files.writeString(f, "");
    assertThatThrownBy(() -> StatsCli.run(new RewardEntropyCommand(), f.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("empty file");
    assertThatThrownBy(() -> StatsCli.run(new RewardEntropyCommand(), dir.resolve("q").toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("no such file");
  }
}
