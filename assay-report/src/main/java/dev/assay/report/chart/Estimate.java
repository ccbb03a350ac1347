package dev.assay.report.chart;

/**
 * A point estimate with its 95% confidence interval, one row of a win-rate chart or forest plot.
 *
 * <pre>{@code
 * new Estimate("model-a", 62.1, 58.0, 66.2)   // 62.1% (95% CI 58.0-66.2%)
 * }</pre>
 *
 * @param label what is estimated (a model, a category)
 * @param value the estimate
 * @param low the interval's lower end
 * @param high the interval's upper end
 */
public record Estimate(String label, double value, double low, double high) {

  public Estimate {
    ChartParts.requireFinite(label, value, low, high);
    if (low > high) {
      throw new IllegalArgumentException(label + ": interval low " + low + " > high " + high);
    }
  }
}
