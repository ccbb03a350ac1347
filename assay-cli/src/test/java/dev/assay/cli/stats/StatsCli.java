package dev.assay.cli.stats;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs one stats subcommand in-process, rethrowing its exceptions, and parses its JSON output. */
final class StatsCli {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private StatsCli() {}

  static JsonNode run(Object command, String... args) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out));
    java.util.concurrent.atomic.AtomicReference<Exception> thrown = new java.util.concurrent.atomic.AtomicReference<>();
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
    if (text.contains("\n")) {
      throw new AssertionError("expected exactly one JSON line, found: " + text);
    }
    return MAPPER.readTree(text);
  }

  static Optional<Path> sharedData() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path candidate = d.resolve("shared").resolve("data");
      if (Files.isDirectory(candidate.resolve("alpaca_eval"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
