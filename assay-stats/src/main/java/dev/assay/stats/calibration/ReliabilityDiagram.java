package dev.assay.stats.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability-diagram data for binary predictions with equal-width bins over [0, 1].
 *
 * <p><b>Convention.</b> The confidence of a prediction is its predicted probability of class 1,
 * and a bin's "accuracy" is the observed frequency of class 1 among its predictions (the
 * convention of scikit-learn's {@code calibration_curve(strategy="uniform")}: {@code prob_pred}
 * and {@code prob_true}).
 *
 * <p><b>Bin edges.</b> With {@code n} bins the edges are {@code e_k = k * (1.0 / n)} (computed
 * like numpy's {@code linspace}), and bin {@code k} holds the scores {@code s} with {@code e_k <
 * s <= e_{k+1}}, except bin 0, which also holds {@code s = 0}. Bins are therefore closed on the
 * right: a score exactly on an inner edge belongs to the lower bin, and 1.0 belongs to the last
 * bin. This is scikit-learn's {@code np.searchsorted(edges[1:-1], s)}. (Some other libraries,
 * e.g. torchmetrics, close bins on the left instead; results differ only for scores lying
 * exactly on an edge.)
 *
 * <pre>{@code
 * ReliabilityDiagram d = ReliabilityDiagram.of(new int[] {0, 0, 0, 1, 1, 1},
 *     new double[] {0.0, 0.1, 0.2, 0.8, 0.9, 1.0}, 2);
 * d.bins().get(0).meanConfidence(); // 0.1
 * d.bins().get(1).accuracy();       // 1.0
 * }</pre>
 *
 * @param bins all {@code n} bins in increasing order, empty ones included
 * @param total the number of predictions
 */
public record ReliabilityDiagram(List<ReliabilityBin> bins, long total) {

  /** Copies the bin list. */
  public ReliabilityDiagram {
    bins = List.copyOf(bins);
  }

  /** Bins 0/1 labels and probabilities of class 1 into {@code nBins} equal-width bins. */
  public static ReliabilityDiagram of(int[] yTrue, double[] probability, int nBins) {
    Checks.binaryInput(yTrue, probability, "reliability diagram");
    if (nBins < 1) {
      throw new IllegalArgumentException(
          "reliability diagram: number of bins must be at least 1, found " + nBins);
    }
    double[] edges = edges(nBins);
    long[] count = new long[nBins];
    double[] sumConf = new double[nBins];
    double[] sumPos = new double[nBins];
    for (int i = 0; i < yTrue.length; i++) {
      int b = binOf(probability[i], edges);
      count[b]++;
      sumConf[b] += probability[i];
      sumPos[b] += yTrue[i];
    }
    List<ReliabilityBin> bins = new ArrayList<>(nBins);
    for (int b = 0; b < nBins; b++) {
      double conf = count[b] == 0 ? Double.NaN : sumConf[b] / count[b];
      double acc = count[b] == 0 ? Double.NaN : sumPos[b] / count[b];
      bins.add(new ReliabilityBin(b, edges[b], edges[b + 1], count[b], conf, acc));
    }
    return new ReliabilityDiagram(bins, yTrue.length);
  }

  /** The non-empty bins only, as plotted. */
  public List<ReliabilityBin> nonEmptyBins() {
    return bins.stream().filter(b -> b.count() > 0).toList();
  }

  /** The {@code n + 1} bin edges, like {@code numpy.linspace(0, 1, n + 1)}. */
  static double[] edges(int nBins) {
    double step = 1.0 / nBins;
    double[] e = new double[nBins + 1];
    for (int k = 0; k < nBins; k++) {
      e[k] = k * step;
    }
    e[nBins] = 1.0;
    return e;
  }

  /** Index of the first inner edge that is at least {@code s}: bins closed on the right. */
  static int binOf(double s, double[] edges) {
    int lo = 0;
    int hi = edges.length - 2; // number of inner edges
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (edges[mid + 1] < s) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
