package dev.assay.cli.stats;

import dev.assay.cli.UsageError;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test harness for the agreement/classification/interval/mcnemar commands. */
final class StatsRunner {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Exit code and captured streams of a run through the real root command. */
  record Result(int exitCode, String out, String err) {}

  private StatsRunner() {}

  /** Runs a command object directly with {@code --json} and parses its single line of JSON output. */
  static JsonNode json(Object command, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(command);
    args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--json"), java.util.Arrays.stream(args)).toArray(String[]::new);
    cl.setOut(new PrintWriter(out));
    AtomicReference<Exception> thrown = new AtomicReference<>();
    cl.setExecutionExceptionHandler(
        (ex, c, p) -> {
          thrown.set(ex);
          return 70;
        });
    int code = cl.execute(args);
    if (thrown.get() instanceof RuntimeException re) {
      throw re;
    }
    if (code != 0) {
      throw new AssertionError("exit code " + code + ", output: " + out);
    }
    String text = out.toString().strip();
    if (text.isEmpty() || text.contains("\n")) {
      throw new AssertionError("expected exactly one line of JSON, found: " + text);
    }
    JsonNode node = MAPPER.readTree(text);
    if (!node.isObject()) {
      throw new AssertionError("expected a JSON object, found: " + text);
    }
    return node;
  }

  /** Runs a command object directly and returns the usage error it throws. */
  static UsageError usageError(Object command, String... args) {
    try {
      json(command, args);
    } catch (UsageError e) {
      return e;
    }
    throw new AssertionError("expected a UsageError");
  }

  /** Runs {@code assay <args>} through {@link Main}'s configured command line. */
  static Result main(String... args) {
    dev.assay.cli.CliHarness h = dev.assay.cli.CliHarness.run(args);
    return new Result(h.exit(), h.out(), h.err());
  }

  static Path write(Path dir, String name, String content) {
    try {
      Path p = dir.resolve(name);
      Files.writeString(p, content, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Items x raters CSV text; NaN cells are written empty. */
  static String ratingsCsv(String[] header, double[][] rows) {
    StringBuilder sb = new StringBuilder(String.join(",", header)).append('\n');
    for (double[] row : rows) {
      for (int j = 0; j < row.length; j++) {
        if (j > 0) {
          sb.append(',');
        }
        if (!Double.isNaN(row[j])) {
          double v = row[j];
          sb.append(v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
        }
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
