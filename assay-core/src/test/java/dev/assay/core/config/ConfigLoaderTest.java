package dev.assay.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path dir;

  private Path yaml(String text) throws Exception {
    Path p = dir.resolve("job.yaml");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void loadsSnakeCaseYamlWithEnvironmentVariables() throws Exception {
    Path p = yaml("input: data/${SPLIT}.jsonl\nschema: alpaca\nout: ${OUT:-out/default}\nthreads: 2\n");
    ValidateJob job = ConfigLoader.load(p, ValidateJob.class, Map.of("SPLIT", "train"));
    assertThat(job).isEqualTo(new ValidateJob(dir.resolve("data/train.jsonl").toString(), "alpaca",
        dir.resolve("out/default").toString(), null, 2));
  }

  @Test
  void constraintViolationsNameFileLineAndKey() throws Exception {
    Path p = yaml("input: a.jsonl\nschema: alpaca\nout: o\nformat: xml\nthreads: 999\n");
    assertThatThrownBy(() -> ConfigLoader.load(p, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining(p + ":4: format: must be one of jsonl, json, csv, parquet, found \"xml\"")
        .hasMessageContaining(p + ":5: threads: must be less than or equal to 256, found 999");
  }

  @Test
  void missingEnvironmentVariableFailsAtLoad() throws Exception {
    Path p = yaml("input: a.jsonl\nschema: alpaca\nout: ${NOT_SET_ANYWHERE}\n");
    assertThatThrownBy(() -> ConfigLoader.load(p, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessage(p + ":3: out: environment variable NOT_SET_ANYWHERE is not set (and no default is given with"
            + " ${NOT_SET_ANYWHERE:-...})");
  }

  @Test
  void unknownKeysAndWrongTypesAreErrors() throws Exception {
    Path p = yaml("input: a.jsonl\nschema: alpaca\nout: o\nthredas: 2\n");
    assertThatThrownBy(() -> ConfigLoader.load(p, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessage(p + ":4: thredas: unknown key (did you mean threads?); allowed keys: input, schema, out, format, threads");
    Path q = yaml("input: a.jsonl\nschema: alpaca\nout: o\nthreads: many\n");
    assertThatThrownBy(() -> ConfigLoader.load(q, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessage(q + ":4: threads: expected a whole number, found \"many\"");
  }

  @Test
  void missingRequiredValueIsNamed() throws Exception {
    Path p = yaml("input: a.jsonl\nout: o\n");
    assertThatThrownBy(() -> ConfigLoader.load(p, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessage(p + ":1: schema: required key is missing (expected text)");
  }

  @Test
  void pathsAreRelativeToTheConfigFileNotTheWorkingDirectory() throws Exception {
    Path jobs = Files.createDirectories(dir.resolve("jobs"));
    Files.writeString(jobs.resolve("my.schema.json"), "{}");
    Path p = jobs.resolve("job.yaml");
    Files.writeString(p, "input: ../data/in.jsonl\nschema: my.schema.json\nout: out\n");
    ValidateJob job = ConfigLoader.load(p, ValidateJob.class, Map.of());
    assertThat(job.input()).isEqualTo(dir.resolve("data/in.jsonl").toString());
    assertThat(job.schema()).isEqualTo(jobs.resolve("my.schema.json").toString());
    assertThat(job.out()).isEqualTo(jobs.resolve("out").toString());

    // absolute paths stay; a schema name with no file of that name beside the config is a built-in name
    Files.writeString(p, "input: /abs/in.jsonl\nschema: openai-chat\nout: /abs/out\n");
    ValidateJob abs = ConfigLoader.load(p, ValidateJob.class, Map.of());
    assertThat(abs).isEqualTo(new ValidateJob("/abs/in.jsonl", "openai-chat", "/abs/out", null, null));
  }

  @Test
  void aConfigGivenByARelativePathResolvesAgainstItsRelativeFolder() {
    assertThat(ConfigPaths.resolve("in.jsonl", Path.of("a", "b"), false)).isEqualTo(Path.of("a", "b", "in.jsonl").toString());
    assertThat(ConfigPaths.resolve("../in.jsonl", Path.of("a", "b"), false)).isEqualTo(Path.of("a", "in.jsonl").toString());
    assertThat(ConfigPaths.resolve("in.jsonl", Path.of(""), false)).isEqualTo("in.jsonl");
    assertThat(ConfigPaths.resolve("", Path.of("a"), false)).isEmpty();
  }
}
