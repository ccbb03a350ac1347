package dev.assay.cli;

import picocli.CommandLine.Command;

/**
 * {@code assay reward ...}: train a Bradley-Terry reward model on preference pairs, score pairs with
 * it, and evaluate it against the "longer wins" and "random" baselines.
 *
 * <pre>{@code
 * ./assay reward train --data prefs.jsonl --out out/rm
 * ./assay reward score --model out/rm --out out/scored pairs.jsonl
 * ./assay reward eval --model default pairs.jsonl
 * }</pre>
 */
@Command(
    name = "reward",
    mixinStandardHelpOptions = true,
    description = "Reward model: train on preference pairs, score pairs, evaluate (accuracy, length-matched accuracy, ECE, baselines).",
    subcommands = {RewardTrainCommand.class, RewardScoreCommand.class, RewardEvalCommand.class, RewardExplainCommand.class})
public final class RewardCommand {}
