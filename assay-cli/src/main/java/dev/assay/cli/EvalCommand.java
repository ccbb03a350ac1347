package dev.assay.cli;

import picocli.CommandLine.Command;

/**
 * {@code assay eval ...}: published benchmarks computed from files (AlpacaEval, MT-Bench).
 *
 * <pre>{@code
 * ./assay eval alpacaeval --annotations results/ --leaderboard leaderboard.csv --out out/
 * ./assay eval mtbench --judgments judgments.jsonl --out out/
 * }</pre>
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Benchmarks from judge outputs: AlpacaEval leaderboards, MT-Bench scores.",
    subcommands = {EvalAlpacaEvalCommand.class, EvalMtBenchCommand.class})
public final class EvalCommand {}
