package dev.assay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports.build's own rules: errors name the directory, unknown commands get a generic section,
 * the title lists the commands, provenance comes from the manifest. (Every source is tested on
 * real command output in assay-cli's ReportSourcesTest.)
 */
class ReportsTest {
  @TempDir Path dir;

  private Path run(String name, String command) throws Exception {
    Path d = Files.createDirectories(dir.resolve(name));
    Files.writeString(d.resolve("manifest.json"), """
        {"format_version": 1, "tool": {"name": "assay", "version": "0.1.0", "git_commit": "0123456789abcdef0123"},
         "command": "%s", "arguments": ["x"],
         "components": [{"type": "schema", "name": "alpaca", "config": {"sha256": "ab", "strict": true}},
                        {"type": "schema", "name": "alpaca", "config": {"nested": {"a": 1}}}],
         "inputs": [{"role": "input", "path": "in.jsonl", "sha256": "cd", "bytes": 9, "format": "jsonl", "records": 3}],
         "outputs": [{"role": "valid", "path": "out/valid.jsonl", "sha256": "ef", "bytes": 6, "format": "jsonl", "records": 2}],
         "seeds": {"bootstrap": 42}, "started_at": "2026-01-02T03:04:05Z", "finished_at": "2026-01-02T03:04:05Z",
         "duration_ms": 0, "timings": {}, "counts": {"records_in": 3, "valid": 2, "quarantined": 1},
         "status": "data_rejected", "warnings": ["example warning"]}
        """.formatted(command));
    return d;
  }

  @Test
  void anUnknownCommandGetsAGenericSectionFromItsManifest() throws Exception {
    Report r = Reports.build(List.of(run("v", "generate")));
    assertThat(r.title()).isEqualTo("Assay report: generate");
    Section s = r.sections().getFirst();
    assertThat(s.id()).isEqualTo("generate");
    assertThat(s.intro()).isEqualTo("Status: data_rejected.");
    assertThat(s.blocks()).filteredOn(Table.class::isInstance).map(b -> ((Table) b).name()).containsExactly("generate_counts", "generate_outputs");
    assertThat(r.summary().tested()).containsExactly("We included a generate run (" + dir.resolve("v") + ").");
    assertThat(r.summary().caveats()).containsExactly("The generate run in " + dir.resolve("v") + " ended with status data_rejected.");
    assertThat(r.generatedAt()).endsWith("Z");
  }

  @Test
  void provenanceComesFromTheManifest() throws Exception {
    var p = Reports.build(List.of(run("v", "generate"))).provenance().getFirst();
    assertThat(p.toolVersion()).isEqualTo("0.1.0 (0123456789ab)");
    assertThat(p.startedAt()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(p.inputs()).singleElement().satisfies(i -> {
      assertThat(i.path()).isEqualTo("in.jsonl");
      assertThat(i.sha256()).isEqualTo("cd");
      assertThat(i.records()).isEqualTo(3);
    });
    assertThat(p.components()).containsExactly(
        java.util.Map.entry("schema alpaca", "sha256=ab, strict=true"),
        java.util.Map.entry("schema alpaca (2)", "nested={\"a\":1}"));
    assertThat(p.seeds()).containsEntry("bootstrap", 42L);
  }

  @Test
  void titlesListEachCommandOnceAndIdsStayUnique() throws Exception {
    Report r = Reports.build(List.of(run("a", "generate"), run("b", "contamination"), run("c", "generate")));
    assertThat(r.title()).isEqualTo("Assay report: generate, contamination");
    assertThat(r.sections()).extracting(Section::id).containsExactly("generate", "contamination", "generate-2");
    assertThat(r.sections().get(2).blocks()).filteredOn(Table.class::isInstance).map(b -> ((Table) b).name())
        .containsExactly("generate_counts_2", "generate_outputs_2");
  }

  @Test
  void errorsNameTheDirectory() throws Exception {
    assertThatThrownBy(() -> Reports.build(List.of(dir.resolve("nope"))))
        .isInstanceOf(AssayInputException.class).hasMessage(dir.resolve("nope") + ": no such run directory");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThatThrownBy(() -> Reports.build(List.of(empty)))
        .isInstanceOf(AssayInputException.class)
        .hasMessage(empty + ": no manifest.json (is this the output directory of an Assay command?)");
    Files.writeString(empty.resolve("manifest.json"), "[1, 2]");
    assertThatThrownBy(() -> Reports.build(List.of(empty))).hasMessageContaining("not an Assay manifest");
    assertThatThrownBy(() -> Reports.build(List.of())).hasMessage("a report needs at least one run directory");
    Path judge = run("judge", "judge");
    assertThat(Reports.build(List.of(judge)).sections()).isNotEmpty(); // no judgments.jsonl: an empty judge section, not a crash
    Path qa = run("qa", "qa");
    assertThatThrownBy(() -> Reports.build(List.of(qa))).hasMessage(qa + ": no report.json (was this run directory copied completely?)");
  }
}
