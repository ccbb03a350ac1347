package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Summary sentences for a reward-model evaluation. The significance rule: the reward model is
 * better (or worse) than a baseline only when the baseline's accuracy lies outside the 95% Wilson
 * interval of the model's accuracy (the baseline's own sampling error is ignored, so this is a
 * lenient rule for the "longer answer wins" baseline; chance, 50%, is exact).
 *
 * <pre>{@code
 * RewardSentences.of(new RewardAccuracy("default", 400, 0.84, 0.80, 0.87, 0.82, 40, 0.6, 0.04));
 * // "The reward model default picks the preferred answer in 84% of 400 pairs (accuracy; 95% CI 80-87%), better than chance."
 * }</pre>
 */
public final class RewardSentences {
  private static final double POOR_CALIBRATION = 0.10;

  private RewardSentences() {}

  /** Sentences for one evaluation. */
  public static ExecutiveSummary of(RewardAccuracy a) {
    List<String> tested = List.of("We evaluated the reward model " + a.model() + " on " + Counted.of(a.n(), "preference pairs") + ".");
    List<String> headlines = new ArrayList<>();
    List<String> notSignificant = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    if (a.n() == 0) {
      caveats.add("No decided preference pair was evaluated, so there is no accuracy.");
      return new ExecutiveSummary(tested, headlines, notSignificant, caveats);
    }
    String ci = "95% CI " + Percent.interval(a.lower(), a.upper(), 0.5);
    String first = "The reward model " + a.model() + " picks the preferred answer in " + Percent.of(a.accuracy(), 0.5) + " of "
        + Counted.of(a.n(), "pairs") + " (accuracy; " + ci + ")";
    if (a.lower() > 0.5) {
      headlines.add(first + ", better than chance.");
    } else if (a.upper() < 0.5) {
      headlines.add(first + ", worse than chance: it tends to prefer the rejected answer.");
    } else {
      notSignificant.add(first + ", which is not significantly better than chance (50%).");
    }
    if (Double.isFinite(a.longerWins())) {
      String base = "the \"longer answer wins\" baseline (" + Percent.of(a.longerWins()) + ")";
      if (a.lower() > a.longerWins()) {
        headlines.add("It beats " + base + ": its 95% interval lies above it.");
      } else if (a.upper() < a.longerWins()) {
        headlines.add("It does worse than " + base + ": preferring the longer answer would agree more often.");
      } else {
        notSignificant.add("It is not significantly different from " + base + ", which lies inside its 95% interval.");
      }
    }
    Caveats.smallSample("the reward model's accuracy", a.n(), "pairs").ifPresent(caveats::add);
    if (a.nLengthMatched() > 0 && a.nLengthMatched() < Caveats.SMALL_N) {
      caveats.add("Only " + Counted.of(a.nLengthMatched(), "pairs") + " have answers of similar length (within 10%), so the"
          + " length-matched accuracy (" + Percent.of(a.accuracyLengthMatched()) + ") says little about length bias.");
    }
    if (Double.isFinite(a.ece()) && a.ece() > POOR_CALIBRATION) {
      caveats.add("Its probabilities are poorly calibrated (expected calibration error "
          + String.format(Locale.ROOT, "%.3f", a.ece()) + "): do not read them as chances that an answer is preferred.");
    }
    return new ExecutiveSummary(tested, headlines, notSignificant, caveats);
  }
}
