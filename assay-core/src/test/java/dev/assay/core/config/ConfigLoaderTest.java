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
    assertThat(job).isEqualTo(new ValidateJob("data/train.jsonl", "alpaca", "out/default", null, 2));
  }

  @Test
  void constraintViolationsNameFileLineAndField() throws Exception {
    Path p = yaml("input: a.jsonl\nschema: alpaca\nout: o\nformat: xml\nthreads: 999\n");
    assertThatThrownBy(() -> ConfigLoader.load(p, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("job.yaml:4: field 'format': must be one of jsonl, json, csv, parquet, found xml")
        .hasMessageContaining("job.yaml:5: field 'threads'")
        .hasMessageContaining("found 999");
  }

  @Test
  void missingEnvironmentVariableFailsAtLoad() throws Exception {
    Path p = yaml("input: a.jsonl\nschema: alpaca\nout: ${NOT_SET_ANYWHERE}\n");
    assertThatThrownBy(() -> ConfigLoader.load(p, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("job.yaml:3: field 'out': environment variable NOT_SET_ANYWHERE is not set");
  }

  @Test
  void unknownKeysAndWrongTypesAreErrors() throws Exception {
    Path p = yaml("input: a.jsonl\nschema: alpaca\nout: o\nthredas: 2\n");
    assertThatThrownBy(() -> ConfigLoader.load(p, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("job.yaml:4")
        .hasMessageContaining("thredas");
    Path q = yaml("input: a.jsonl\nschema: alpaca\nout: o\nthreads: many\n");
    assertThatThrownBy(() -> ConfigLoader.load(q, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("job.yaml:4")
        .hasMessageContaining("threads");
  }

  @Test
  void missingRequiredValueIsNamed() throws Exception {
    Path p = yaml("input: a.jsonl\nout: o\n");
    assertThatThrownBy(() -> ConfigLoader.load(p, ValidateJob.class, Map.of()))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("field 'schema'");
  }
}
