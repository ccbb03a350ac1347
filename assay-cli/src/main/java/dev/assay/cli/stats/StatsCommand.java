package dev.assay.cli.stats;

import picocli.CommandLine.Command;

/**
 * {@code assay stats ...}: the statistics of {@code assay-stats} on files, each printing one JSON
 * object to stdout.
 *
 * <pre>{@code
 * ./assay stats interval --method wilson --successes 81 --trials 263
 * }</pre>
 */
@Command(
    name = "stats",
    description = "Statistics on files: agreement, classification, intervals, tests, ratings.",
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
