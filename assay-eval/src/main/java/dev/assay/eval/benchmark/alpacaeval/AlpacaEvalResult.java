package dev.assay.eval.benchmark.alpacaeval;

import java.util.List;

/**
 * A reproduced AlpacaEval leaderboard: one entry per model, highest length-controlled win rate
 * first (then raw win rate), and how the instruction difficulties were obtained.
 *
 * <pre>{@code
 * AlpacaEvalResult r = AlpacaEvalLeaderboard.compute(sets, weights, AlpacaEvalLeaderboard.Options.defaults());
 * r.entries().forEach(e -> System.out.println(e.model() + " " + e.winRate().winRate()));
 * }</pre>
 *
 * @param entries one per annotation set
 * @param instructions distinct instructions over all sets
 * @param difficultySource {@code published_weights} (estimated given the published weights), {@code
 *     joint} (AlpacaEval's joint model on the annotations) or {@code none}
 * @param difficultyC inverse penalty strength of the difficulty estimate ({@code NaN} for none)
 * @param difficultyModels models whose annotations the difficulty estimate used
 */
public record AlpacaEvalResult(
    List<LeaderboardEntry> entries,
    int instructions,
    String difficultySource,
    double difficultyC,
    List<String> difficultyModels) {
  /** Copies. */
  public AlpacaEvalResult {
    entries = List.copyOf(entries);
    difficultyModels = List.copyOf(difficultyModels);
  }
}
