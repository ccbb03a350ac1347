package dev.assay.stats.calibration;

/**
 * One bin of a reliability diagram.
 *
 * <pre>{@code
 * for (ReliabilityBin b : ReliabilityDiagram.of(labels, scores, 10).bins()) {
 *   if (b.count() > 0) System.out.printf("%.1f-%.1f: %.3f vs %.3f%n",
 *       b.lower(), b.upper(), b.meanConfidence(), b.accuracy());
 * }
 * }</pre>
 *
 * @param index the bin's position, 0 for the lowest
 * @param lower the lower edge (exclusive, except for bin 0 where it is 0 and inclusive)
 * @param upper the upper edge (inclusive)
 * @param count the number of predictions in the bin
 * @param meanConfidence the mean predicted probability of class 1 in the bin (NaN when empty)
 * @param accuracy the observed frequency of class 1 in the bin (NaN when empty); the name
 *     follows the reliability-diagram convention, as in scikit-learn's {@code prob_true}
 */
public record ReliabilityBin(
    int index, double lower, double upper, long count, double meanConfidence, double accuracy) {

  /** {@code |accuracy - meanConfidence|}, the bin's calibration gap (NaN when empty). */
  public double gap() {
    return Math.abs(accuracy - meanConfidence);
  }
}
