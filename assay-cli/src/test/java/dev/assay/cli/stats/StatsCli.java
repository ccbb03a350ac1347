package dev.assay.cli.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Runs one stats subcommand in-process, rethrowing its exceptions, and parses its JSON output. */
final class StatsCli {
  private StatsCli() {}

  static JsonNode run(Object command, String... args) {
    return StatsRunner.json(command, args);
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
