package dev.assay.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.cli.UsageError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Expected counts worked out by hand from the policy definitions in TiePolicy. */
class FlipRateCommandTest {
  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void joinsByIdAndAppliesTiePolicy() throws IOException {
    Path a = write("a.jsonl", """
        {"id": 1, "winner": "first"}
        {"id": 2, "winner": "first"}
        {"id": 3, "preference": 1.9}
        {"id": 4, "winner": "tie"}
        {"id": 5, "winner": "second"}
        """);
    Path b = write("b.jsonl", """
        {"id": 2, "winner": "second"}
        {"id": 1, "preference": 1.1}
        {"id": 3, "winner": "model_b"}
        {"id": 4, "winner": "first"}
        {"id": "9", "winner": "first"}
        """);
    JsonNode out = StatsCli.run(new FlipRateCommand(), a.toString(), b.toString());
    // matched ids 1,2,3,4: 1 same, 2 flip, 3 same, 4 has a tie -> excluded
    assertThat(out.get("flip_rate").asDouble()).isEqualTo(1.0 / 3);
    assertThat(out.get("flips").asLong()).isEqualTo(1);
    assertThat(out.get("compared").asLong()).isEqualTo(3);
    assertThat(out.get("excluded").asLong()).isEqualTo(1);
    assertThat(out.get("tie_policy").asString()).isEqualTo("EXCLUDE");
    assertThat(out.get("unmatched_a").asLong()).isEqualTo(1);
    assertThat(out.get("unmatched_b").asLong()).isEqualTo(1);
    JsonNode own = StatsCli.run(new FlipRateCommand(), "--ties", "TIE_IS_OWN_OUTCOME", a.toString(), b.toString());
    assertThat(own.get("flips").asLong()).isEqualTo(2);
    assertThat(own.get("compared").asLong()).isEqualTo(4);
  }

  @Test
  void swappedRunIsMappedBack() throws IOException {
    Path a = write("a.jsonl", "{\"id\": \"x\", \"winner\": \"first\"}\n{\"id\": \"y\", \"winner\": \"second\"}\n");
    Path b = write("b.jsonl", "{\"id\": \"x\", \"winner\": \"second\"}\n{\"id\": \"y\", \"winner\": \"second\"}\n");
    JsonNode out = StatsCli.run(new FlipRateCommand(), "--swapped", a.toString(), b.toString());
    // x: first vs swapped(second)=first -> same; y: second vs first -> flip
    assertThat(out.get("flip_rate").asDouble()).isEqualTo(0.5);
  }

  @Test
  void badInputs() throws IOException {
    Path ok = write("ok.jsonl", "{\"id\": 1, \"winner\": \"first\"}\n");
    Path badWinner = write("w.jsonl", "{\"id\": 1, \"winner\": \"left\"}\n");
    assertThatThrownBy(() -> StatsCli.run(new FlipRateCommand(), ok.toString(), badWinner.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("w.jsonl:1: winner");
    Path noId = write("n.jsonl", "{\"winner\": \"first\"}\n");
    assertThatThrownBy(() -> StatsCli.run(new FlipRateCommand(), noId.toString(), ok.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("n.jsonl:1: id");
    Path dup = write("d.jsonl", "{\"id\": 1, \"winner\": \"first\"}\n{\"id\": 1, \"winner\": \"first\"}\n");
    assertThatThrownBy(() -> StatsCli.run(new FlipRateCommand(), dup.toString(), ok.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("d.jsonl:2");
    Path malformed = write("m.jsonl", "{\"id\": 1, \"winner\": \n");
    assertThatThrownBy(() -> StatsCli.run(new FlipRateCommand(), ok.toString(), malformed.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("m.jsonl:1");
    Path empty = write("e.jsonl", "");
    assertThatThrownBy(() -> StatsCli.run(new FlipRateCommand(), ok.toString(), empty.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("empty file");
    Path other = write("o.jsonl", "{\"id\": 2, \"winner\": \"first\"}\n");
    assertThatThrownBy(() -> StatsCli.run(new FlipRateCommand(), ok.toString(), other.toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("none in common");
    assertThatThrownBy(() -> StatsCli.run(new FlipRateCommand(), ok.toString(), dir.resolve("zz").toString()))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("no such file");
  }
}
