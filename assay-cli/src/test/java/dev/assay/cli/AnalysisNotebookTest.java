package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * docs/notebooks/analysis.ipynb executed headless by Debian's jupyter-nbconvert over the
 * quickstart's exported tables (their CSV twins: Debian 12's pandas has no pyarrow): every cell
 * runs, the three figures are drawn, and the notebook's own summary matches the run.
 */
class AnalysisNotebookTest {
  @TempDir Path dir;

  @Test
  void theAnalysisNotebookRunsOverTheQuickstartsTables() throws Exception {
    Path out = dir.resolve("qs");
    CliHarness qs = CliHarness.run("quickstart", "--out", out.toString());
    assertThat(qs.exit()).as(qs.err()).isZero();
    Path tables = out.resolve("tables");
    assertThat(tables.resolve("leaderboard.csv")).exists();

    Path notebook = Path.of(System.getProperty("user.dir")).getParent().resolve("docs/notebooks/analysis.ipynb");
    Path executed = dir.resolve("analysis.executed.ipynb");
    ProcessBuilder pb = new ProcessBuilder(Notebooks.python(), "-m", "nbconvert", "--to", "notebook", "--execute",
        "--ExecutePreprocessor.timeout=300", notebook.toString(), "--output", executed.toString())
        .redirectErrorStream(true);
    pb.environment().put("ASSAY_TABLES", tables.toString());
    pb.environment().put("ASSAY_FIGURES", dir.resolve("figures").toString());
    pb.environment().put("MPLCONFIGDIR", dir.resolve("mpl").toString());
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(log).isZero();

    JsonNode nb = Json.MAPPER.readTree(Files.readString(executed));
    long images = 0;
    String lastOutput = "";
    for (JsonNode cell : nb.path("cells")) {
      for (JsonNode o : cell.path("outputs")) {
        assertThat(o.path("output_type").asString()).as(o.toString()).isNotEqualTo("error");
        if (o.path("data").has("image/png")) {
          images++;
        }
        if (o.has("text")) {
          lastOutput = String.join("", Json.MAPPER.convertValue(o.get("text"), List.class));
        }
      }
    }
    assertThat(images).isEqualTo(3);
    JsonNode summary = Json.MAPPER.readTree(lastOutput.strip());
    assertThat(summary.path("models").asInt()).isEqualTo(2);
    assertThat(summary.path("prompts_judged").asInt()).isEqualTo(61);
    assertThat(dir.resolve("figures/win_rates.png")).isNotEmptyFile();
  }
}
