package dev.assay.train.toxicity;

import dev.assay.stats.calibration.CalibrationError;
import dev.assay.stats.classification.AveragePrecision;
import dev.assay.stats.classification.RocCurve;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ranking and calibration of one label's probabilities on one set of examples: ROC-AUC, PR-AUC
 * (average precision, scikit-learn's definition) and expected calibration error over 10 equal-width
 * bins, all from {@code assay-stats}. Undefined when the examples hold only one class.
 *
 * <pre>{@code
 * LabelMetrics m = LabelMetrics.of(y, p);   // null if y is all 0 or all 1
 * double auc = m.rocAuc();
 * }</pre>
 *
 * @param n examples
 * @param positives examples with label 1
 * @param rocAuc area under the ROC curve
 * @param prAuc average precision
 * @param ece expected calibration error, 10 bins
 */
public record LabelMetrics(int n, int positives, double rocAuc, double prAuc, double ece) {
  /** Bins of the calibration error. */
  public static final int ECE_BINS = 10;

  /** The metrics, or null when {@code y} has a single class (AUCs undefined). */
  public static LabelMetrics of(int[] y, double[] p) {
    int pos = 0;
    for (int v : y) {
      pos += v;
    }
    if (pos == 0 || pos == y.length) {
      return null;
    }
    return new LabelMetrics(y.length, pos, RocCurve.auc(y, p), AveragePrecision.score(y, p), CalibrationError.expected(y, p, ECE_BINS));
  }

  /** ROC-AUC alone, or NaN for a single class. */
  public static double auc(int[] y, double[] p) {
    LabelMetrics m = of(y, p);
    return m == null ? Double.NaN : m.rocAuc();
  }

  /** As JSON-ready numbers rounded to 4 decimals. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", n);
    m.put("positives", positives);
    m.put("roc_auc", round(rocAuc));
    m.put("pr_auc", round(prAuc));
    m.put("ece", round(ece));
    return m;
  }

  static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
