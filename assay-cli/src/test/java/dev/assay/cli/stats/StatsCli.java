package dev.assay.cli.stats;

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
    return dev.assay.testkit.SharedData.root();
  }
}
