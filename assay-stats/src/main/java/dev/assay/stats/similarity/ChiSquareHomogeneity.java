package dev.assay.stats.similarity;

import java.util.Objects;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test of homogeneity: do several samples (rows) share one categorical
 * distribution (columns)? Expected counts come from the margins; no continuity correction (so
 * equal to {@code scipy.stats.chi2_contingency(table, correction=False)}). Columns that are empty
 * in every row are dropped before counting degrees of freedom.
 *
 * <pre>{@code
 * ChiSquareResult r = ChiSquareHomogeneity.test(new long[][] {{30, 70}, {50, 50}});
 * }</pre>
 */
public final class ChiSquareHomogeneity {
  private ChiSquareHomogeneity() {}

  /** The result: statistic, degrees of freedom and p-value. */
  public record ChiSquareResult(double statistic, int degreesOfFreedom, double pValue) {}

  /**
   * Runs the test.
   *
   * @throws IllegalArgumentException with fewer than 2 rows or 2 non-empty columns, ragged rows,
   *     negative counts or an empty row
   */
  public static ChiSquareResult test(long[][] table) {
    Objects.requireNonNull(table, "table");
    if (table.length < 2) {
      throw new IllegalArgumentException("table: expected at least 2 rows (samples), found " + table.length);
    }
    int cols = table[0].length;
    double[] colSum = new double[cols];
    double[] rowSum = new double[table.length];
    double total = 0;
    for (int i = 0; i < table.length; i++) {
      if (table[i].length != cols) {
        throw new IllegalArgumentException(
            "table[" + i + "]: expected " + cols + " columns like row 0, found " + table[i].length);
      }
      for (int j = 0; j < cols; j++) {
        if (table[i][j] < 0) {
          throw new IllegalArgumentException("table[" + i + "][" + j + "]: expected a count >= 0, found " + table[i][j]);
        }
        rowSum[i] += table[i][j];
        colSum[j] += table[i][j];
      }
      if (rowSum[i] == 0) {
        throw new IllegalArgumentException("table[" + i + "]: expected a non-empty sample, found all 0");
      }
      total += rowSum[i];
    }
    int usedCols = 0;
    double stat = 0;
    for (int j = 0; j < cols; j++) {
      if (colSum[j] == 0) {
        continue;
      }
      usedCols++;
      for (int i = 0; i < table.length; i++) {
        double e = rowSum[i] * colSum[j] / total;
        double d = table[i][j] - e;
        stat += d * d / e;
      }
    }
    if (usedCols < 2) {
      throw new IllegalArgumentException("table: expected at least 2 non-empty columns (categories), found " + usedCols);
    }
    int dof = (table.length - 1) * (usedCols - 1);
    double p = 1.0 - new ChiSquaredDistribution(null, dof).cumulativeProbability(stat);
    return new ChiSquareResult(stat, dof, Math.max(0.0, p));
  }
}
