package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rerun command the quickstart prints works from another directory and touches only the
 * quickstart's folder: its pipeline names its input and output relative to itself. The test's
 * working directory (the module folder) is never the quickstart folder, so the rerun below runs
 * "elsewhere".
 */
class QuickstartRerunTest {
  @Test
  void thePrintedRerunCommandReadsAndWritesOnlyTheQuickstartFolder(@TempDir Path dir) throws Exception {
    Path qs = dir.resolve("my quickstart");
    CliHarness first = CliHarness.run("quickstart", "--out", qs.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    Path pipeline = qs.resolve("inputs/qa.yaml").toAbsolutePath();
    assertThat(first.out()).contains("edit " + pipeline + " (or any input)")
        .contains("with ./assay run '" + qs.resolve("pipeline.yaml").toAbsolutePath() + "'");
    assertThat(Files.readString(pipeline)).contains("input: ../validate/valid.jsonl").contains("out: ../qa");

    Path cwd = Path.of("").toAbsolutePath();
    assertThat(qs.toAbsolutePath().startsWith(cwd)).isFalse();
    Map<String, FileTime> before = files(qs);
    Map<String, FileTime> cwdBefore = files(cwd, "target");
    Thread.sleep(20);

    CliHarness rerun = CliHarness.run("qa", "--config", pipeline.toString(), "--quiet");
    assertThat(rerun.exit()).as(rerun.err()).isEqualTo(1); // the sample's planted problems are rejected

    Map<String, FileTime> after = files(qs);
    assertThat(after.keySet()).isEqualTo(before.keySet());
    assertThat(after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).map(Map.Entry::getKey))
        .isNotEmpty()
        .allMatch(f -> f.startsWith("qa/"), "only qa/ files change")
        .contains("qa/kept.jsonl", "qa/manifest.json");
    assertThat(files(cwd, "target")).isEqualTo(cwdBefore);
  }

  /** Every file under {@code root} (but {@code skip}) with its modification time, by relative path. */
  private static Map<String, FileTime> files(Path root, String... skip) throws IOException {
    Map<String, FileTime> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (Files.isRegularFile(p) && Stream.of(skip).noneMatch(k -> rel.equals(k) || rel.startsWith(k + "/"))) {
          out.put(rel, Files.getLastModifiedTime(p));
        }
      }
    }
    return out;
  }
}
