package dev.assay.stats.calibration;

/**
 * Calibration error of binary predictions over equal-width bins (see {@link ReliabilityDiagram}
 * for the bins, the confidence/accuracy convention and the bin-edge rule).
 *
 * <p>With {@code n_b} predictions in bin {@code b}, {@code N} in total and gap {@code g_b =
 * |accuracy_b - confidence_b|}, over non-empty bins:
 *
 * <ul>
 *   <li>{@link Norm#L1}, the expected calibration error (ECE): {@code sum_b (n_b / N) g_b};
 *   <li>{@link Norm#L2}, the root-mean-square calibration error: {@code sqrt(sum_b (n_b / N)
 *       g_b^2)};
 *   <li>{@link Norm#MAX}, the maximum calibration error (MCE): {@code max_b g_b}.
 * </ul>
 *
 * <pre>{@code
 * double ece = CalibrationError.of(labels, scores, 10, CalibrationError.Norm.L1);
 * double mce = CalibrationError.of(labels, scores, 10, CalibrationError.Norm.MAX);
 * }</pre>
 */
public final class CalibrationError {
  /** Which aggregate of the per-bin gaps to report. */
  public enum Norm {
    /** Count-weighted mean absolute gap: the ECE. */
    L1,
    /** Square root of the count-weighted mean squared gap. */
    L2,
    /** Largest gap over non-empty bins: the MCE. */
    MAX
  }

  private CalibrationError() {}

  /** ECE (L1) with {@code nBins} equal-width bins. */
  public static double expected(int[] yTrue, double[] probability, int nBins) {
    return of(yTrue, probability, nBins, Norm.L1);
  }

  /** MCE (max gap) with {@code nBins} equal-width bins. */
  public static double maximum(int[] yTrue, double[] probability, int nBins) {
    return of(yTrue, probability, nBins, Norm.MAX);
  }

  /** The calibration error in the chosen norm. */
  public static double of(int[] yTrue, double[] probability, int nBins, Norm norm) {
    return of(ReliabilityDiagram.of(yTrue, probability, nBins), norm);
  }

  /** The calibration error of an already binned reliability diagram. */
  public static double of(ReliabilityDiagram diagram, Norm norm) {
    double total = diagram.total();
    double acc = 0;
    for (ReliabilityBin b : diagram.bins()) {
      if (b.count() == 0) {
        continue;
      }
      double g = b.gap();
      switch (norm) {
        case L1 -> acc += b.count() / total * g;
        case L2 -> acc += b.count() / total * g * g;
        case MAX -> acc = Math.max(acc, g);
        default -> throw new IllegalStateException("unreachable");
      }
    }
    return norm == Norm.L2 ? Math.sqrt(acc) : acc;
  }
}
