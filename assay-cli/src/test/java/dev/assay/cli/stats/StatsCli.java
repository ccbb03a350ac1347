package dev.assay.cli.stats;

import tools.jackson.databind.JsonNode;

/** Runs one stats subcommand in-process, rethrowing its exceptions, and parses its JSON output. */
final class StatsCli {
  private StatsCli() {}

  static JsonNode run(Object command, String... args) {
    return StatsRunner.json(command, args);
  }
}
