package dev.assay.eval.leaderboard;

import dev.assay.stats.info.FlipRate;
import dev.assay.stats.info.FlipRateResult;
import dev.assay.stats.info.PairOutcome;
import dev.assay.stats.info.TiePolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * How much a pairwise judge's verdict depends on the order it saw the answers in, from the rows
 * judged in both orders (verdicts in the pair's terms):
 *
 * <ul>
 *   <li>flip rate: the share of pairs whose verdict changes when the order is swapped ({@link
 *       FlipRate}, a change to or from a tie counts; the rate with ties excluded too) — FastChat's
 *       "inconsistent" pairs, which its rule turns into ties;
 *   <li>position bias: the share of pairs where the judge picked whichever answer it saw first in
 *       both orders (first-position bias) or whichever it saw second (second-position bias).
 * </ul>
 *
 * <pre>{@code
 * JudgeConsistency c = JudgeConsistency.of(rows);
 * c.flipRate().rate();       // e.g. 0.23
 * c.positionBiasRate();      // (first + second) / pairs
 * }</pre>
 *
 * @param pairs rows judged in both orders
 * @param flipRate flip rate, ties as their own outcome
 * @param flipRateExcludingTies flip rate over pairs with no tie in either order
 * @param firstPosition pairs where the first-shown answer won in both orders
 * @param secondPosition pairs where the second-shown answer won in both orders
 */
public record JudgeConsistency(
    long pairs, FlipRateResult flipRate, FlipRateResult flipRateExcludingTies, long firstPosition, long secondPosition) {

  /** {@code (firstPosition + secondPosition) / pairs}, or {@code NaN} without pairs. */
  public double positionBiasRate() {
    return pairs == 0 ? Double.NaN : (double) (firstPosition + secondPosition) / pairs;
  }

  /** {@code firstPosition / pairs}, or {@code NaN}. */
  public double firstPositionRate() {
    return pairs == 0 ? Double.NaN : (double) firstPosition / pairs;
  }

  /** {@code secondPosition / pairs}, or {@code NaN}. */
  public double secondPositionRate() {
    return pairs == 0 ? Double.NaN : (double) secondPosition / pairs;
  }

  /** Measures over the rows that carry both orders' verdicts; {@code null} when none does. */
  public static JudgeConsistency of(List<PairwiseJudgmentRow> rows) {
    List<PairOutcome> ab = new ArrayList<>();
    List<PairOutcome> ba = new ArrayList<>();
    long first = 0;
    long second = 0;
    for (PairwiseJudgmentRow r : rows) {
      if (!r.bothOrders()) {
        continue;
      }
      ab.add(outcome(r.orderAb()));
      ba.add(outcome(r.orderBa()));
      // A shown first in order ab, B shown first in order ba
      if (r.orderAb() == Choice.A && r.orderBa() == Choice.B) {
        first++;
      } else if (r.orderAb() == Choice.B && r.orderBa() == Choice.A) {
        second++;
      }
    }
    if (ab.isEmpty()) {
      return null;
    }
    return new JudgeConsistency(
        ab.size(), FlipRate.of(ab, ba, TiePolicy.TIE_IS_OWN_OUTCOME), FlipRate.of(ab, ba, TiePolicy.EXCLUDE), first, second);
  }

  private static PairOutcome outcome(Choice c) {
    return switch (c) {
      case A -> PairOutcome.FIRST;
      case B -> PairOutcome.SECOND;
      case TIE -> PairOutcome.TIE;
    };
  }
}
