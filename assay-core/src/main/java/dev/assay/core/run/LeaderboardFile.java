package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A {@code leaderboard} run's {@code leaderboard.json}: Bradley-Terry ratings with bootstrap
 * intervals, each model's win rate against the baseline (AlpacaEval's statistic and intervals),
 * the judge's position consistency and, with human labels, judge-human agreement.
 *
 * <pre>{@code
 * LeaderboardFile lb = RunFileKind.LEADERBOARD.contract(LeaderboardFile.class).read(dir.resolve("leaderboard.json"));
 * lb.models().get(0).vsBaseline().winRate();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LeaderboardFile(
    @Doc(value = "the model every other is compared with (most pairs), or null", required = false) String baseline,
    @Doc("judgment rows read") long rows,
    @Doc("rows with a verdict") long judged,
    @Doc("rows without a verdict (counted, not rated)") long unjudged,
    @Doc("confidence level of every interval") double confidence,
    @Doc("bootstrap rounds of the rating intervals") int bootstrapRounds,
    @Doc("bootstrap seed") long seed,
    @Doc("one entry per model, best first") List<ModelEntry> models,
    @Doc(value = "position consistency of the judge over rows judged in both orders", required = false) Consistency judgeConsistency,
    @Doc(value = "judge-human agreement over rows with a human label", required = false) HumanAgreement humanAgreement) {

  /** Copies the list. */
  public LeaderboardFile {
    models = List.copyOf(models);
  }

  /**
   * One model's rating.
   *
   * @param model the model
   * @param rank rank by rating interval (ties share a rank), or null
   * @param rating Bradley-Terry rating on the FastChat scale
   * @param ratingLower interval lower bound
   * @param ratingUpper interval upper bound
   * @param pairs judged pairs the model took part in
   * @param vsBaseline win rate against the baseline, or null for the baseline itself
   */
  public record ModelEntry(
      @Doc("the model") String model,
      @Doc(value = "rank by rating interval (ties share a rank)", required = false) Integer rank,
      @Doc(value = "Bradley-Terry rating (FastChat scale: 400, base 10, mean 1000)", required = false) Double rating,
      @Doc(value = "rating interval lower bound", required = false) Double ratingLower,
      @Doc(value = "rating interval upper bound", required = false) Double ratingUpper,
      @Doc("judged pairs the model took part in") long pairs,
      @Doc(value = "win rate against the baseline; null for the baseline", required = false) VsBaseline vsBaseline) {}

  /**
   * AlpacaEval's win-rate columns against the baseline, with intervals.
   *
   * @param winRate preference-weighted win rate, percent
   * @param winRateInterval bootstrap interval of the win rate
   * @param standardError AlpacaEval's standard error
   * @param nWins wins
   * @param nWinsBase baseline wins
   * @param nDraws draws
   * @param nTotal judged pairs
   * @param unjudged pairs without a verdict
   * @param discreteWinRate share of pairs won (ties half), percent
   * @param decisiveWinRateInterval Wilson interval of wins among decisive pairs
   * @param lengthControlledWinrate length-controlled win rate, when lengths are known
   * @param lcStandardError its standard error
   * @param lcGlm which GLM the length control used
   * @param avgLength the model's mean answer length, when known
   */
  public record VsBaseline(
      @Doc(value = "preference-weighted win rate, percent", required = false) Double winRate,
      @Doc("bootstrap interval of the win rate") Interval winRateInterval,
      @Doc(value = "AlpacaEval's standard error of the win rate", required = false) Double standardError,
      @Doc("pairs won") long nWins,
      @Doc("pairs the baseline won") long nWinsBase,
      @Doc("draws") long nDraws,
      @Doc("judged pairs") long nTotal,
      @Doc("pairs without a verdict") long unjudged,
      @Doc(value = "share of pairs won, ties counting half, percent", required = false) Double discreteWinRate,
      @Doc("Wilson interval of wins among decisive pairs") Interval decisiveWinRateInterval,
      @Doc(value = "length-controlled win rate, percent, when lengths are known", required = false) Double lengthControlledWinrate,
      @Doc(value = "standard error of the length-controlled win rate", required = false) Double lcStandardError,
      @Doc(value = "which GLM the length control used", required = false) String lcGlm,
      @Doc(value = "mean answer length in characters, when known", required = false) Long avgLength) {}

  /**
   * An interval with the method that made it.
   *
   * @param lower lower bound
   * @param upper upper bound
   * @param method e.g. bootstrap percentile, Wilson
   */
  public record Interval(
      @Doc(value = "lower bound", required = false) Double lower,
      @Doc(value = "upper bound", required = false) Double upper,
      @Doc("how the interval was made (bootstrap percentile, Wilson ...)") String method) {}

  /**
   * The judge's position consistency.
   *
   * @param pairsBothOrders rows judged in both orders
   * @param flipRate flips over all compared rows
   * @param flipRateExcludingTies flips over rows with no tie
   * @param positionBiasRate share of flips favouring one position
   * @param firstPosition flips toward the first position
   * @param firstPositionRate their share
   * @param secondPosition flips toward the second position
   * @param secondPositionRate their share
   */
  public record Consistency(
      @Doc("rows judged in both orders") long pairsBothOrders,
      @Doc("verdict flips when the order is swapped") FlipRate flipRate,
      @Doc("flips among rows without a tie") FlipRate flipRateExcludingTies,
      @Doc(value = "share of inconsistent rows explained by a position preference", required = false) Double positionBiasRate,
      @Doc("inconsistent rows where the first-shown answer won both times") long firstPosition,
      @Doc(value = "their share", required = false) Double firstPositionRate,
      @Doc("inconsistent rows where the second-shown answer won both times") long secondPosition,
      @Doc(value = "their share", required = false) Double secondPositionRate) {}

  /**
   * A flip rate.
   *
   * @param rate flips / compared
   * @param flips rows whose verdict changed with the order
   * @param compared rows compared
   * @param excluded rows left out
   */
  public record FlipRate(
      @Doc(value = "flips / compared", required = false) Double rate,
      @Doc("rows whose verdict changed with the order") long flips,
      @Doc("rows compared") long compared,
      @Doc("rows left out") long excluded) {}

  /**
   * Judge-human agreement.
   *
   * @param items rows with both labels
   * @param agreement share agreeing
   * @param agreementInterval its interval
   * @param cohenKappa Cohen's kappa
   * @param itemsWithoutTies rows where neither said tie
   * @param agreementWithoutTies share agreeing there
   * @param cohenKappaWithoutTies kappa there
   */
  public record HumanAgreement(
      @Doc("rows with both a judge and a human label") long items,
      @Doc(value = "share of rows where they agree", required = false) Double agreement,
      @Doc("interval of the agreement") Interval agreementInterval,
      @Doc(value = "Cohen's kappa", required = false) Kappa cohenKappa,
      @Doc("rows where neither said tie") long itemsWithoutTies,
      @Doc(value = "agreement among those rows", required = false) Double agreementWithoutTies,
      @Doc(value = "Cohen's kappa among those rows", required = false) Kappa cohenKappaWithoutTies) {}

  /**
   * A chance-corrected agreement.
   *
   * @param value kappa
   * @param observed observed agreement
   * @param expected agreement expected by chance
   */
  public record Kappa(
      @Doc(value = "kappa", required = false) Double value,
      @Doc(value = "observed agreement", required = false) Double observed,
      @Doc(value = "agreement expected by chance", required = false) Double expected) {}
}
