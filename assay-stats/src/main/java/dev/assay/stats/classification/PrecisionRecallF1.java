package dev.assay.stats.classification;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and F1, per class or averaged, with scikit-learn's semantics ({@code
 * precision_recall_fscore_support}).
 *
 * <p><b>Zero division.</b> When a ratio has a zero denominator (precision of a class that is
 * never predicted, recall of a class that never occurs, F1 when {@code 2 tp + fp + fn = 0}) the
 * value is {@code zeroDivision}: 0 by default, which is what scikit-learn returns (with a
 * warning) under its default {@code zero_division="warn"}; pass 1 or {@code NaN} to match its
 * other settings. F1 is computed as {@code 2 tp / (2 tp + fp + fn)}, which equals the harmonic
 * mean of precision and recall whenever both are defined.
 *
 * <pre>{@code
 * int[] yTrue = {0, 1, 1, 0, 1};
 * int[] yPred = {0, 1, 0, 1, 1};
 * PrecisionRecallF1 s = PrecisionRecallF1.score(yTrue, yPred, Average.BINARY);
 * s.precision(); // 2/3
 * s.recall();    // 2/3
 * }</pre>
 *
 * @param precision averaged precision
 * @param recall averaged recall
 * @param f1 averaged F1
 */
public record PrecisionRecallF1(double precision, double recall, double f1) {

  /** Scores with positive label 1 and {@code zeroDivision = 0}. */
  public static PrecisionRecallF1 score(int[] yTrue, int[] yPred, Average average) {
    return score(yTrue, yPred, average, 1, 0.0);
  }

  /**
   * Scores with the given averaging.
   *
   * @param posLabel the positive class for {@link Average#BINARY} (ignored otherwise). BINARY
   *     needs at most two distinct labels; if {@code posLabel} is absent from a single-class
   *     input, every score is {@code zeroDivision} (as in scikit-learn)
   * @param zeroDivision the value returned for a ratio whose denominator is zero
   */
  public static PrecisionRecallF1 score(
      int[] yTrue, int[] yPred, Average average, int posLabel, double zeroDivision) {
    Checks.sameLength(yTrue.length, yPred.length, "precision/recall/F1");
    Checks.nonEmpty(yTrue.length, "precision/recall/F1");
    ConfusionMatrix cm = ConfusionMatrix.of(yTrue, yPred);
    int[] labels = cm.labels();
    long[][] c = cm.counts();
    int k = labels.length;
    long[] tp = new long[k];
    long[] predSum = new long[k];
    long[] trueSum = new long[k];
    for (int i = 0; i < k; i++) {
      tp[i] = c[i][i];
      for (int j = 0; j < k; j++) {
        trueSum[i] += c[i][j];
        predSum[j] += c[i][j];
      }
    }
    switch (average) {
      case BINARY -> {
        if (k > 2) {
          throw new IllegalArgumentException(
              "precision/recall/F1: average BINARY needs at most two classes, found " + k
                  + "; use MICRO, MACRO or WEIGHTED");
        }
        int p = -1;
        for (int i = 0; i < k; i++) {
          if (labels[i] == posLabel) {
            p = i;
          }
        }
        if (p < 0) {
          // The positive class never occurs: scikit-learn counts it as zero tp, fp and fn.
          if (k == 2) {
            throw new IllegalArgumentException(
                "precision/recall/F1: positive label " + posLabel + " is not one of the labels");
          }
          return new PrecisionRecallF1(zeroDivision, zeroDivision, zeroDivision);
        }
        return of(tp[p], predSum[p], trueSum[p], zeroDivision);
      }
      case MICRO -> {
        long t = 0;
        long ps = 0;
        long ts = 0;
        for (int i = 0; i < k; i++) {
          t += tp[i];
          ps += predSum[i];
          ts += trueSum[i];
        }
        return of(t, ps, ts, zeroDivision);
      }
      case MACRO, WEIGHTED -> {
        double sp = 0;
        double sr = 0;
        double sf = 0;
        double sw = 0;
        for (int i = 0; i < k; i++) {
          PrecisionRecallF1 s = of(tp[i], predSum[i], trueSum[i], zeroDivision);
          double w = average == Average.MACRO ? 1.0 : trueSum[i];
          sp += w * s.precision;
          sr += w * s.recall;
          sf += w * s.f1;
          sw += w;
        }
        if (sw == 0) {
          return new PrecisionRecallF1(zeroDivision, zeroDivision, zeroDivision);
        }
        return new PrecisionRecallF1(sp / sw, sr / sw, sf / sw);
      }
      default -> throw new IllegalStateException("unreachable");
    }
  }

  /** Per-class scores over the sorted union of labels, with {@code zeroDivision = 0}. */
  public static List<ClassScore> perClass(int[] yTrue, int[] yPred) {
    return perClass(yTrue, yPred, 0.0);
  }

  /** Per-class scores over the sorted union of labels. */
  public static List<ClassScore> perClass(int[] yTrue, int[] yPred, double zeroDivision) {
    Checks.sameLength(yTrue.length, yPred.length, "precision/recall/F1");
    Checks.nonEmpty(yTrue.length, "precision/recall/F1");
    ConfusionMatrix cm = ConfusionMatrix.of(yTrue, yPred);
    int[] labels = cm.labels();
    long[][] c = cm.counts();
    List<ClassScore> out = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      long pred = 0;
      long truth = 0;
      for (int j = 0; j < labels.length; j++) {
        truth += c[i][j];
        pred += c[j][i];
      }
      PrecisionRecallF1 s = of(c[i][i], pred, truth, zeroDivision);
      out.add(new ClassScore(labels[i], s.precision, s.recall, s.f1, truth));
    }
    return List.copyOf(out);
  }

  private static PrecisionRecallF1 of(long tp, long predSum, long trueSum, double zeroDivision) {
    double p = predSum == 0 ? zeroDivision : (double) tp / predSum;
    double r = trueSum == 0 ? zeroDivision : (double) tp / trueSum;
    long fDen = predSum + trueSum; // = 2 tp + fp + fn
    double f = fDen == 0 ? zeroDivision : 2.0 * tp / fDen;
    return new PrecisionRecallF1(p, r, f);
  }
}
