package dev.assay.eval.judge;

import dev.assay.core.model.Judgment;
import dev.assay.eval.verdict.ParseStatus;
import dev.assay.models.llm.Usage;

/**
 * The result of a pairwise judge on one item, in the original A/B terms, with both raw verdicts
 * kept.
 *
 * <pre>{@code
 * PairJudgment j = judge.judge(item, model);
 * j.winner();        // "a", "b", "tie" or null (no verdict)
 * j.preference();    // 1.0 A, 2.0 B, 1.5 tie, NaN missing (AlpacaEval convention)
 * Judgment core = j.toJudgment("baseline", "candidate");
 * }</pre>
 *
 * @param itemId the item judged
 * @param judge the judge's name
 * @param winner {@code a}, {@code b}, {@code tie}, or null when there is no usable verdict
 * @param preference in [1, 2] (1 = A preferred), NaN when there is no usable verdict
 * @param outcome how the two orders combined
 * @param ab the verdict with A shown first, null when only the swapped order was asked
 * @param ba the verdict with B shown first (in presented terms), null when it was not asked
 * @param modelCalls replies that did not come from the cache
 * @param replies all replies (model and cache)
 * @param usage tokens of all replies
 */
public record PairJudgment(
    String itemId,
    String judge,
    String winner,
    double preference,
    PairOutcome outcome,
    OrderVerdict ab,
    OrderVerdict ba,
    int modelCalls,
    int replies,
    Usage usage) {

  /** The judgment as assay-core's record, rationale = the first raw verdict (A-first order if asked). */
  public Judgment toJudgment(String modelA, String modelB) {
    return new Judgment(itemId, judge, modelA, modelB, preference, (ab != null ? ab : ba).firstRaw());
  }

  /** The worst parse status of the orders asked. */
  public ParseStatus status() {
    if (ba == null || ab == null) {
      return (ab != null ? ab : ba).status();
    }
    return ab.status().ordinal() >= ba.status().ordinal() ? ab.status() : ba.status();
  }

  /** Winner spelling of a preference in [1, 2]: below 1.5 a, above b, exactly 1.5 tie. */
  public static String winnerOf(double preference) {
    if (Double.isNaN(preference)) {
      return null;
    }
    return preference < 1.5 ? "a" : preference > 1.5 ? "b" : "tie";
  }
}
