package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.model.Callout;
import dev.assay.report.model.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run whose detailed section cannot be drawn still gets its report: the manifest's section with a warning. */
class ChartFailureTest {
  @TempDir Path dir;

  @Test
  void aSectionThatCannotBeDrawnBecomesTheGenericOneWithAWarning() throws Exception {
    Path run = Files.createDirectories(dir.resolve("qa"));
    dev.assay.core.manifest.ManifestWriter.write(dev.assay.core.manifest.RunManifest.builder("qa", List.of())
        .count("records_in", 2).count("kept", 2).build(dev.assay.core.run.RunStatus.OK), run.resolve("manifest.json"));
    // a cluster size that is not a number: the QA source cannot draw its cluster chart
    Files.writeString(run.resolve("report.json"), "{\"counts\": {\"records_in\": 2, \"kept\": 2, \"rejected\": 0, \"quarantined\": 0},"
        + " \"checks\": {\"exact_dedup\": {\"flagged\": 0, \"by_action\": {}, \"rules\": {},"
        + " \"details\": {\"cluster_size_histogram\": {\"two\": 1}}}}}");
    Report r = Reports.build(List.of(run));
    assertThat(r.sections()).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("Run: qa");
      assertThat(s.blocks().getFirst()).isInstanceOfSatisfying(Callout.class, c -> assertThat(c.text())
          .startsWith("The detailed section of " + run + " could not be drawn (").endsWith("); its manifest is shown instead."));
    });
    assertThat(r.summary().caveats()).anySatisfy(c -> assertThat(c).startsWith("The detailed section of " + run));
  }
}
