package dev.assay.eval.leaderboard;

import dev.assay.stats.agreement.ChanceCorrected;
import dev.assay.stats.agreement.CohenKappa;
import dev.assay.stats.interval.Interval;
import dev.assay.stats.interval.ProportionInterval;
import java.util.List;

/**
 * Agreement between the judge and human labels on the rows that have both, as MT-Bench's paper
 * reports it (agreement with ties as a third label, and "without tie": over rows where neither
 * side says tie), plus Cohen's kappa for both ({@link CohenKappa}, nominal labels a/b/tie).
 *
 * <pre>{@code
 * HumanAgreement h = HumanAgreement.of(rows, 0.95);
 * h.agreement();          // share of rows where the judge and the human chose the same
 * h.kappa().value();      // Cohen's kappa
 * }</pre>
 *
 * @param items rows with a human label and a judge verdict
 * @param agreed of those, rows where both chose the same (a, b or tie)
 * @param agreementInterval Wilson interval of {@code agreed / items}
 * @param kappa Cohen's kappa over the three labels
 * @param itemsWithoutTies rows where neither chose a tie
 * @param agreedWithoutTies of those, rows where both chose the same
 * @param kappaWithoutTies Cohen's kappa over those rows (two labels)
 */
public record HumanAgreement(
    long items,
    long agreed,
    Interval agreementInterval,
    ChanceCorrected kappa,
    long itemsWithoutTies,
    long agreedWithoutTies,
    ChanceCorrected kappaWithoutTies) {

  /** {@code agreed / items}. */
  public double agreement() {
    return items == 0 ? Double.NaN : (double) agreed / items;
  }

  /** {@code agreedWithoutTies / itemsWithoutTies}. */
  public double agreementWithoutTies() {
    return itemsWithoutTies == 0 ? Double.NaN : (double) agreedWithoutTies / itemsWithoutTies;
  }

  /** Measures over rows with a human label and a verdict; {@code null} when there is none. */
  public static HumanAgreement of(List<PairwiseJudgmentRow> rows, double confidence) {
    List<PairwiseJudgmentRow> both = rows.stream().filter(r -> r.human() != null && r.judged()).toList();
    if (both.isEmpty()) {
      return null;
    }
    double[] judge = both.stream().mapToDouble(r -> r.choice().ordinal()).toArray();
    double[] human = both.stream().mapToDouble(r -> r.human().ordinal()).toArray();
    long agreed = both.stream().filter(r -> r.choice() == r.human()).count();
    List<PairwiseJudgmentRow> decisive = both.stream().filter(r -> r.choice() != Choice.TIE && r.human() != Choice.TIE).toList();
    long agreedDecisive = decisive.stream().filter(r -> r.choice() == r.human()).count();
    ChanceCorrected kappaDecisive =
        decisive.isEmpty()
            ? null
            : CohenKappa.of(
                decisive.stream().mapToDouble(r -> r.choice().ordinal()).toArray(),
                decisive.stream().mapToDouble(r -> r.human().ordinal()).toArray(),
                CohenKappa.Weights.NONE);
    return new HumanAgreement(
        both.size(),
        agreed,
        ProportionInterval.wilson(agreed, both.size(), confidence),
        CohenKappa.of(judge, human, CohenKappa.Weights.NONE),
        decisive.size(),
        agreedDecisive,
        kappaDecisive);
  }
}
