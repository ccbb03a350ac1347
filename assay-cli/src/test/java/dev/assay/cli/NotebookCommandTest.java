package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay notebook} with Debian's nbclient: parameters injected after the {@code parameters}
 * cell, a failing cell named, a broken file refused, and the notebook as a pipeline step that
 * reads the quickstart's tables and is cached on the next run.
 */
class NotebookCommandTest {
  private static final Path ANALYSIS = Path.of("../docs/notebooks/analysis.ipynb").toAbsolutePath().normalize();
  @TempDir static Path shared;
  private static Path quickstart;
  private static String python;

  @BeforeAll
  static void quickstart() throws Exception {
    python = Notebooks.python();
    quickstart = shared.resolve("qs");
    CliHarness qs = CliHarness.run("quickstart", "--out", quickstart.toString(), "--quiet");
    assertThat(qs.exit()).as(qs.err()).isZero();
  }

  @Test
  void theAnalysisNotebookRunsWithItsParametersAndDrawsItsFigures(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("nb");
    CliHarness r = CliHarness.run("notebook", ANALYSIS.toString(), "--param", "TABLES=" + quickstart.resolve("tables"),
        "--param", "FIGURES=figures", "--html", "--python", python, "--out", out.toString(), "--json");
    assertThat(r.exit()).as(r.err() + r.out()).isZero();
    JsonNode summary = Json.MAPPER.readTree(r.out());
    assertThat(summary.get("status").asString()).isEqualTo("ok");
    assertThat(summary.get("executed").asInt()).isEqualTo(summary.get("cells").asInt()).isGreaterThan(5);
    JsonNode nb = Json.MAPPER.readTree(Files.readString(out.resolve("analysis.ipynb")));
    JsonNode injected = null;
    int parametersAt = -1;
    for (int i = 0; i < nb.get("cells").size(); i++) {
      JsonNode c = nb.get("cells").get(i);
      String tags = c.path("metadata").path("tags").toString();
      if (tags.contains("\"parameters\"")) {
        parametersAt = i;
      }
      if (tags.contains("injected-parameters")) {
        injected = c;
        assertThat(i).as("right after the parameters cell").isEqualTo(parametersAt + 1);
      }
    }
    assertThat(injected).isNotNull();
    assertThat(source(injected)).contains("TABLES = '" + quickstart.resolve("tables") + "'").contains("FIGURES = 'figures'");
    assertThat(out.resolve("figures/win_rates.png")).as("written in the kernel's working directory, the output folder").isNotEmptyFile();
    assertThat(out.resolve("analysis.html")).isNotEmptyFile();
    JsonNode manifest = Json.MAPPER.readTree(Files.readString(out.resolve("manifest.json")));
    assertThat(manifest.get("command").asString()).isEqualTo("notebook");
    assertThat(manifest.get("status").asString()).isEqualTo("ok");
    assertThat(manifest.toString()).contains("\"TABLES\"");
  }

  @Test
  void aFailingCellFailsTheRunNamingTheCellAndItsError(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.ipynb");
    Files.writeString(bad, notebook("threshold = 0.5", "assert threshold < 0.3, 'threshold too high: ' + str(threshold)",
        "print('never')"));
    Path out = dir.resolve("out");
    CliHarness r = CliHarness.run("notebook", bad.toString(), "--param", "threshold=0.9", "--python", python, "--out", out.toString());
    assertThat(r.exit()).isEqualTo(3);
    // cells: 1 parameters, 2 injected, 3 the assertion
    assertThat(r.err()).contains("cell 3 failed: AssertionError: threshold too high: 0.9");
    JsonNode executed = Json.MAPPER.readTree(Files.readString(out.resolve("bad.ipynb")));
    assertThat(executed.get("cells").get(2).get("outputs").toString()).contains("AssertionError");
    assertThat(executed.get("cells").get(3).get("outputs")).isEmpty();
    JsonNode manifest = Json.MAPPER.readTree(Files.readString(out.resolve("manifest.json")));
    assertThat(manifest.get("status").asString()).isEqualTo("failed");
    assertThat(manifest.get("failed_cell").asInt()).isEqualTo(3);
  }

  @Test
  void aFileThatIsNotANotebookIsAUsageErrorWithItsLine(@TempDir Path dir) throws Exception {
    Path broken = dir.resolve("broken.ipynb");
    Files.writeString(broken, "{\n \"cells\": [\n  {\"cell_type\": \"code\",,\n");
    CliHarness r = CliHarness.run("notebook", broken.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(broken + ":3: not valid notebook JSON");
    Files.writeString(broken, "{\"hello\": 1}");
    assertThat(CliHarness.run("notebook", broken.toString(), "--out", dir.resolve("o").toString()).err())
        .contains("not a Jupyter notebook");
    assertThat(CliHarness.run("notebook", dir.resolve("none.ipynb").toString(), "--out", dir.resolve("o").toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void aNotebookStepReadsAnotherStepsTablesAndIsCachedNextTime(@TempDir Path dir) throws Exception {
    Path qs = dir.resolve("qs");
    copy(quickstart, qs);
    Files.copy(ANALYSIS, qs.resolve("analysis.ipynb"));
    Path pipeline = qs.resolve("pipeline.yaml");
    Files.writeString(pipeline, Files.readString(pipeline) + "  analysis:\n    command: notebook\n    args: [analysis.ipynb]\n"
        + "    params:\n      param: {TABLES: tables, FIGURES: figures}\n      python: " + python + "\n    inputs: [tables]\n");
    CliHarness first = CliHarness.run("run", pipeline.toString(), "--json");
    assertThat(first.exit()).as(first.err() + first.out()).isZero();
    Map<String, String> statuses = statuses(first.out());
    assertThat(statuses).containsEntry("analysis", "ran").containsEntry("report", "cached").containsEntry("qa", "cached");
    assertThat(qs.resolve("analysis/figures/qa.png")).isNotEmptyFile();
    JsonNode lock = Json.MAPPER.readTree(Files.readString(qs.resolve("pipeline.lock")));
    assertThat(lock.get("steps").get("analysis").get("inputs").has("tables/schema.json")).isTrue();

    CliHarness again = CliHarness.run("run", pipeline.toString(), "--json");
    assertThat(statuses(again.out()).values()).containsOnly("cached");
  }

  private static Map<String, String> statuses(String json) {
    Map<String, String> m = new LinkedHashMap<>();
    for (JsonNode s : Json.MAPPER.readTree(json).get("steps")) {
      m.put(s.get("name").asString(), s.get("status").asString());
    }
    return m;
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  private static String source(JsonNode cell) {
    JsonNode s = cell.get("source");
    if (s.isString()) {
      return s.asString();
    }
    StringBuilder b = new StringBuilder();
    s.forEach(l -> b.append(l.asString()));
    return b.toString();
  }

  /** A notebook whose first cell is tagged 'parameters'. */
  private static String notebook(String... cells) {
    var nb = Json.MAPPER.createObjectNode();
    var list = nb.putArray("cells");
    for (int i = 0; i < cells.length; i++) {
      var c = list.addObject();
      c.put("cell_type", "code");
      c.putNull("execution_count");
      var meta = c.putObject("metadata");
      if (i == 0) {
        meta.putArray("tags").add("parameters");
      }
      c.putArray("outputs");
      c.put("source", cells[i]);
    }
    nb.putObject("metadata").putObject("kernelspec").put("name", "python3").put("display_name", "Python 3").put("language", "python");
    nb.put("nbformat", 4);
    nb.put("nbformat_minor", 5);
    return nb.toString();
  }
}
