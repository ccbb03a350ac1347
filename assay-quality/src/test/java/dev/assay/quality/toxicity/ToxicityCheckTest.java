package dev.assay.quality.toxicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The toxicity check with a real (word-list) scorer: batching, thresholds, findings by line. */
class ToxicityCheckTest {
  @TempDir Path dir;

  @Test
  void flagsTextsAtOrAboveTheThresholdAcrossBatches() throws Exception {
    Path list = dir.resolve("block.txt");
    Files.writeString(list, "muppet\n");
    DatasetCheck check =
        (DatasetCheck) CheckRegistry.create(
            "toxicity", Json.MAPPER.readTree("{\"scorer\":\"lexicon:" + list + "\",\"batch_size\":2}"));
    DatasetCheck.Session s = check.start();
    String[] texts = {"fine", "you muppet", "also fine", "muppet again", "the end"};
    for (int i = 0; i < texts.length; i++) {
      s.observe(new QaRecord(i + 1, String.valueOf(i + 1), null, texts[i]));
    }
    Map<Long, Finding> f = s.findings();
    assertThat(f.keySet()).containsExactly(2L, 4L);
    assertThat(f.get(2L).rule()).isEqualTo("toxicity");
    assertThat(f.get(2L).value()).isEqualTo(1.0);
    assertThat(f.get(2L).threshold()).isEqualTo(0.5);
    assertThat(s.report()).containsEntry("scored", 5L);
  }

  @Test
  void badThresholdsAreClearErrors() {
    assertThatThrownBy(() -> CheckRegistry.create("toxicity", Json.MAPPER.readTree("{\"thresholds\":{\"toxicity\":1.5}}")))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("thresholds.toxicity: expected a probability in [0, 1], found 1.5");
  }
}
