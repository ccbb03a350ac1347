package dev.assay.report.chart;

/**
 * One bin of a reliability (calibration) diagram.
 *
 * <pre>{@code
 * new Bin(0.15, 0.12, 340)   // predictions near 0.15 came true 12% of the time, 340 of them
 * }</pre>
 *
 * @param meanPredicted the mean predicted probability in the bin, 0..1
 * @param observed the observed frequency of the positive outcome in the bin, 0..1
 * @param count how many predictions fell in the bin
 */
public record Bin(double meanPredicted, double observed, long count) {

  public Bin {
    ChartParts.requireFinite("bin", meanPredicted, observed);
    if (count < 0) {
      throw new IllegalArgumentException("bin count " + count + " < 0");
    }
  }
}
