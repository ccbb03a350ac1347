package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Summary sentences for a drift run. The significance rule is the run's own verdict per feature
 * (its test's p-value below the run's alpha and, for PSI-measured features, PSI at least its
 * minimum); features it did not flag are listed as not significantly shifted.
 *
 * <pre>{@code
 * DriftSentences.of(200, 200, List.of(new FeatureShift("chars", 2264.2, 642.1, 8.9e-49, 3.94, true)), 0.01);
 * // "chars shifted: mean 2,264.2 in the reference, 642.1 now (p < 0.001, PSI 3.94)."
 * }</pre>
 */
public final class DriftSentences {
  private DriftSentences() {}

  /** Sentences for a comparison of {@code reference} and {@code current} records. */
  public static ExecutiveSummary of(long reference, long current, List<FeatureShift> features, double alpha) {
    List<String> tested = List.of("We compared " + Counted.of(current, "current records") + " with " + Counted.of(reference, "reference records")
        + " on " + Counted.of(features.size(), "features") + " (significance level " + java.math.BigDecimal.valueOf(alpha).stripTrailingZeros().toPlainString() + ").");
    List<String> headlines = new ArrayList<>();
    List<String> notShifted = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    for (FeatureShift f : features) {
      if (f.shifted()) {
        String means = Double.isFinite(f.meanReference()) && Double.isFinite(f.meanCurrent())
            ? ": mean " + number(f.meanReference()) + " in the reference, " + number(f.meanCurrent()) + " now"
            : "";
        headlines.add(f.feature() + " shifted" + means + " (" + stats(f) + ").");
      } else if (Double.isFinite(f.pValue())) {
        notShifted.add(f.feature());
      }
    }
    List<String> notSignificant = new ArrayList<>();
    if (!notShifted.isEmpty()) {
      notSignificant.add("No significant shift in " + String.join(", ", notShifted) + ".");
    }
    if (!features.isEmpty() && headlines.isEmpty()) {
      headlines.add("No feature shifted significantly.");
    }
    if (reference == 0 || current == 0) {
      caveats.add("One of the data sets had no usable record, so nothing was compared.");
    } else {
      Caveats.smallSample("the smaller data set", Math.min(reference, current), "records").ifPresent(caveats::add);
    }
    return new ExecutiveSummary(tested, headlines, notSignificant, caveats);
  }

  private static String stats(FeatureShift f) {
    List<String> parts = new ArrayList<>();
    if (Double.isFinite(f.pValue())) {
      parts.add(f.pValue() < 0.001 ? "p < 0.001" : "p = " + String.format(Locale.ROOT, "%.3f", f.pValue()));
    }
    if (Double.isFinite(f.psi())) {
      parts.add("PSI " + String.format(Locale.ROOT, "%.2f", f.psi()));
    }
    return String.join(", ", parts);
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%,.1f", v);
  }
}
