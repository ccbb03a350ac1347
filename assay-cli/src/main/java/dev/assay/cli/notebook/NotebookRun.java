package dev.assay.cli.notebook;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.run.RunStatus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Executes a Jupyter notebook headless with parameters, as a pipeline step: the parameters go
 * into a new cell after the one tagged {@code parameters} (papermill's convention; tagged {@code
 * injected-parameters}), Debian's {@code python3-nbclient} runs every cell in a fresh kernel with
 * the output folder as the working directory, and the executed notebook (outputs, figures and the
 * failing cell's traceback included) is written to {@code <out>/<name>.ipynb}, with {@code
 * <out>/<name>.html} on request and a {@code manifest.json}. A failing cell fails the run and is
 * named by its number and error.
 *
 * <pre>{@code
 * NotebookRun.Result r = NotebookRun.run(new NotebookRun.Options(Path.of("analysis.ipynb"), Path.of("out/nb"),
 *     Map.of("TABLES", "/work/out/tables"), "python3", 600, false, List.of()), cell -> {});
 * r.ok();
 * }</pre>
 */
public final class NotebookRun {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern PROGRESS = Pattern.compile("cell (\\d+)/(\\d+)");

  private NotebookRun() {}

  /**
   * What to run.
   *
   * @param notebook the .ipynb file
   * @param out the output folder (also the kernel's working directory)
   * @param params parameter name (a Python identifier) to its text; see {@link #literal(String)}
   * @param python the Python interpreter with nbclient and a python3 kernel
   * @param timeoutSeconds the longest a cell may run
   * @param html also write the executed notebook as HTML
   * @param arguments the command line, for the manifest
   */
  public record Options(Path notebook, Path out, Map<String, String> params, String python, int timeoutSeconds, boolean html,
      List<String> arguments) {
    public Options {
      params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
      arguments = List.copyOf(arguments);
    }
  }

  /**
   * How it went.
   *
   * @param ok every cell ran
   * @param cells code cells (the injected parameters cell included)
   * @param executed code cells that finished
   * @param failedCell the failing cell's number among all cells (1-based), or 0
   * @param error the failing cell's error, {@code Name: value}, or null
   * @param executedNotebook the executed notebook
   * @param html the HTML page, or null
   * @param seconds the kernel's time
   */
  public record Result(boolean ok, int cells, int executed, int failedCell, String error, Path executedNotebook, Path html,
      double seconds) {}

  /**
   * A parameter's text as the value the notebook sees: JSON numbers, {@code true}, {@code false},
   * {@code null}, quoted strings, lists and maps are those values; any other text is a string.
   */
  public static JsonNode literal(String text) {
    String t = text.strip();
    if (!t.isEmpty() && (Character.isDigit(t.charAt(0)) || "-[{\"".indexOf(t.charAt(0)) >= 0 || t.equals("true")
        || t.equals("false") || t.equals("null"))) {
      try {
        return Json.MAPPER.readTree(t);
      } catch (JacksonException e) {
        // Not JSON after all: a string.
      }
    }
    return Json.MAPPER.getNodeFactory().stringNode(text);
  }

  /** Runs the notebook; {@code onCell} hears the number of code cells finished so far. */
  public static Result run(Options o, IntConsumer onCell) throws InterruptedException {
    long started = System.nanoTime();
    if (!Files.isRegularFile(o.notebook())) {
      throw new AssayInputException(o.notebook() + ": no such notebook");
    }
    checkNotebook(o.notebook());
    for (String name : o.params().keySet()) {
      if (!NAME.matcher(name).matches()) {
        throw new AssayInputException("--param " + name + ": a parameter name is a Python identifier (letters, digits, _)");
      }
    }
    Path out = o.out().toAbsolutePath().normalize();
    String stem = o.notebook().getFileName().toString().replaceFirst("\\.ipynb$", "");
    Path executed = out.resolve(stem + ".ipynb");
    Path html = o.html() ? out.resolve(stem + ".html") : null;
    Path runner;
    try {
      Files.createDirectories(out);
      runner = out.resolve(".assay-notebook-runner.py");
      try (InputStream in = NotebookRun.class.getResourceAsStream("notebook_runner.py")) {
        if (in == null) {
          throw new IllegalStateException("notebook_runner.py is missing from the build");
        }
        Files.write(runner, in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(out + ": cannot write: " + e.getMessage(), e);
    }
    ObjectNode request = Json.MAPPER.createObjectNode();
    request.put("notebook", o.notebook().toAbsolutePath().toString());
    request.put("output", executed.toString());
    ObjectNode params = request.putObject("params");
    o.params().forEach((k, v) -> params.set(k, literal(v)));
    request.put("timeout", o.timeoutSeconds());
    request.put("kernel", "python3");
    request.put("cwd", out.toString());
    if (html != null) {
      request.put("html", html.toString());
    }
    JsonNode reply = execute(o.python(), runner, request, out, onCell);
    try {
      Files.deleteIfExists(runner);
    } catch (IOException e) {
      // Left behind: harmless.
    }
    boolean ok = "ok".equals(reply.path("status").asString());
    String error = ok ? null : reply.path("error_name").asString() + ": " + reply.path("error_value").asString();
    Result r = new Result(ok, reply.path("cells").asInt(), reply.path("executed").asInt(), reply.path("failed_cell").asInt(0), error,
        executed, html, reply.path("seconds").asDouble());
    writeManifest(o, r, reply, (System.nanoTime() - started) / 1_000_000);
    return r;
  }

  private static JsonNode execute(String python, Path runner, ObjectNode request, Path out, IntConsumer onCell)
      throws InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(python, "-Xfrozen_modules=off", runner.toString()).directory(out.toFile());
    pb.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
    pb.environment().put("ASSAY_NOTEBOOK_OUT", out.toString());
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new AssayInputException("--python " + python + ": cannot start it (" + e.getMessage()
          + "); install python3 with Debian's python3-nbclient and python3-ipykernel, or name one with --python", e);
    }
    List<String> errLines = new ArrayList<>();
    Thread errors = Thread.ofVirtual().start(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          Matcher m = PROGRESS.matcher(line);
          if (m.matches()) {
            onCell.accept(Integer.parseInt(m.group(1)));
          } else if (!line.isBlank() && !line.contains("Debugger warning") && !line.contains("frozen modules")
              && !line.contains("PYDEVD_DISABLE_FILE_VALIDATION") && !line.contains("breakpoints")) {
            synchronized (errLines) {
              errLines.add(line);
            }
          }
        }
      } catch (IOException e) {
        // The process ended.
      }
    });
    String stdout;
    try {
      p.getOutputStream().write(Json.MAPPER.writeValueAsBytes(request));
      p.getOutputStream().close();
      stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      p.destroyForcibly();
      throw new UncheckedIOException("notebook runner: " + e.getMessage(), e);
    }
    if (!p.waitFor(1, TimeUnit.HOURS)) {
      p.destroyForcibly();
    }
    errors.join();
    String last = stdout.strip().isEmpty() ? "" : stdout.strip().substring(stdout.strip().lastIndexOf('\n') + 1);
    if (p.exitValue() != 0 || !last.startsWith("{")) {
      String why = String.join("\n", errLines.subList(Math.max(0, errLines.size() - 5), errLines.size()));
      if (why.contains("No module named")) {
        throw new AssayInputException(python + " cannot run notebooks: " + why.lines().reduce((a, b) -> b).orElse(why)
            + " (apt-get install python3-nbclient python3-ipykernel jupyter-nbconvert, or --python PATH)");
      }
      throw new IllegalStateException("the notebook runner exited with " + p.exitValue() + ": " + why);
    }
    return Json.MAPPER.readTree(last);
  }

  private static void checkNotebook(Path notebook) {
    try {
      JsonNode nb = Json.MAPPER.readTree(Files.readString(notebook, StandardCharsets.UTF_8));
      if (!nb.path("cells").isArray() || !nb.path("nbformat").isNumber()) {
        throw new AssayInputException(notebook + ": not a Jupyter notebook (no 'cells' and 'nbformat')");
      }
      if (nb.path("nbformat").asInt() < 4) {
        throw new AssayInputException(notebook + ": nbformat " + nb.path("nbformat").asInt() + "; save it as nbformat 4");
      }
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new AssayInputException(notebook + ":" + line + ": not valid notebook JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new AssayInputException(notebook + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static void writeManifest(Options o, Result r, JsonNode reply, long ms) {
    ManifestBuilder m = new ManifestBuilder("notebook", o.arguments(), Clock.systemUTC());
    m.input(o.notebook(), "ipynb", 1);
    m.output("notebook", r.executedNotebook(), "ipynb", 1);
    if (r.html() != null && Files.isRegularFile(r.html())) {
      m.output("html", r.html(), "html", 1);
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("kernel", "python3");
    config.put("python", o.python());
    config.put("timeout_seconds", o.timeoutSeconds());
    Map<String, Object> params = new LinkedHashMap<>();
    o.params().forEach((k, v) -> params.put(k, literal(v)));
    config.put("params", params);
    m.component("executor", "nbclient", config);
    m.count("cells", r.cells());
    m.count("executed", r.executed());
    m.timing("execute", ms);
    if (!r.ok()) {
      m.warning("cell " + r.failedCell() + " failed: " + r.error());
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("failed_cell", r.ok() ? null : r.failedCell());
    extra.put("error", r.error());
    extra.put("failed_source", reply.path("failed_source").isMissingNode() ? null : reply.path("failed_source").asString());
    ManifestWriter.write(m.build(r.ok() ? RunStatus.OK : RunStatus.FAILED), extra, o.out().resolve("manifest.json"));
  }
}
