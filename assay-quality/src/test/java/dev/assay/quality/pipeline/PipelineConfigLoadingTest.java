package dev.assay.quality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.config.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pipeline YAML as users write it: its paths are relative to the file (not to the directory the
 * command runs in), and its mistakes are reported all at once, in YAML terms.
 */
class PipelineConfigLoadingTest {
  @TempDir Path dir;

  @Test
  void everyMistakeOfTheFileIsListedWithItsLineInTheUsersTerms() throws Exception {
    Path p = dir.resolve("pipeline.yaml");
    Files.writeString(p, """
        input: data.jsonl
        id_feild: id
        out: out
        threads: two
        checks:
          - name: empty
          - name: pii
            action: delete
        """);
    assertThatThrownBy(() -> ConfigLoader.load(p, PipelineConfig.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .satisfies(e -> {
          List<String> lines = e.getMessage().lines().toList();
          assertThat(lines).containsExactly(
              p + ":1: field: required key is missing (expected text)",
              p + ":2: id_feild: unknown key (did you mean id_field?); allowed keys: input, format, field, id_field, out,"
                  + " threads, checks, embedding_cache",
              p + ":4: threads: expected a whole number, found \"two\"",
              p + ":8: checks[1].action: expected one of reject, tag, redact, keep, found \"delete\"");
          assertThat(e.getMessage()).doesNotContain("dev.assay", "java.", "Cannot deserialize");
        });
  }

  @Test
  void relativePathsAreRelativeToThePipelineFileWhereverTheCommandRuns() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Files.writeString(a.resolve("data.jsonl"), "{\"text\":\"hello there\"}\n");
    Path p = a.resolve("pipeline.yaml");
    Files.writeString(p, "input: data.jsonl\nfield: text\nout: results\nchecks:\n  - name: empty\n");
    Path cwd = Path.of("").toAbsolutePath();
    assertThat(a.startsWith(cwd)).isFalse();

    PipelineConfig c = ConfigLoader.load(p, PipelineConfig.class, Map.of());
    assertThat(c.input()).isEqualTo(a.resolve("data.jsonl").toString());
    assertThat(c.out()).isEqualTo(a.resolve("results").toString());
    QaResult r = new QaPipeline(c).run(List.of("--config", p.toString()), null);
    assertThat(r.kept()).isEqualTo(1);
    assertThat(a.resolve("results/kept.jsonl")).exists();
    assertThat(cwd.resolve("results")).doesNotExist();
  }
}
