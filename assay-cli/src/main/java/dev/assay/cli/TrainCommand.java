package dev.assay.cli;

import picocli.CommandLine.Command;

/**
 * {@code assay train ...}: trains the small models Assay ships, reproducibly (weights, metrics and
 * a manifest in one output folder).
 *
 * <pre>{@code
 * ./assay train toxicity --data ../shared/data/toxicity --out out/toxicity
 * }</pre>
 */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Train the models Assay ships: writes weights, cross-validated metrics and a manifest.",
    subcommands = {TrainToxicityCommand.class})
public final class TrainCommand {}
