package dev.assay.cli.stats;

import picocli.CommandLine.Command;

/**
 * {@code assay stats ...}: the statistics of {@code assay-stats} on files, each printing its result
 * on stdout: a few lines for people, or one JSON object with {@code --json}.
 *
 * <pre>{@code
 * ./assay stats interval --method wilson --successes 81 --trials 263
 * }</pre>
 */
@Command(
    name = "stats",
    description = {
      "Statistics on files: agreement, classification, intervals, tests, ratings.",
      "Each prints its result on stdout: a few lines for people, or one JSON object with --json."
    },
    mixinStandardHelpOptions = true,
    subcommands = {
      BradleyTerryCommand.class,
      WinRateCommand.class,
      FlipRateCommand.class,
      RewardEntropyCommand.class,
      AgreementCommand.class,
      ClassificationCommand.class,
      IntervalCommand.class,
      McNemarCommand.class,
    })
public final class StatsCommand {}
