package dev.assay.stats.interval;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Bootstrap confidence intervals: percentile and BCa (bias-corrected and accelerated, Efron and
 * Tibshirani 1993, eq. 14.10 and 14.15), with plain, paired and clustered resampling, seeded so
 * that a run can be repeated.
 *
 * <p>Everything is expressed through <i>units</i>, the things drawn with replacement: single
 * observations ({@link #of}), pairs of observations ({@link #paired}: both systems' scores on
 * the same item move together) or clusters ({@link #clustered}: all observations sharing a
 * cluster id, e.g. several samples of one prompt, move together, which keeps the within-prompt
 * correlation out of the width). BCa uses the leave-one-unit-out jackknife for its acceleration,
 * so for clusters it leaves out a whole cluster.
 *
 * <p>Quantiles of the bootstrap distribution use linear interpolation (numpy's default), the BCa
 * bias correction uses the mean of the strict and weak percentile of the estimate, as {@code
 * scipy.stats.bootstrap} does. When every replicate equals the estimate (a constant statistic)
 * the acceleration is taken as 0 and the interval collapses to that value.
 *
 * <pre>{@code
 * BootstrapOptions o = BootstrapOptions.defaults().withSeed(7);
 * Interval mean = Bootstrap.mean(scores, o);
 * Interval diff = Bootstrap.paired(a, b, (x, y) -> mean(x) - mean(y), o);
 * Interval byPrompt = Bootstrap.clustered(correct, promptIds, Bootstrap::meanOf, o);
 * }</pre>
 */
public final class Bootstrap {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  /** How the interval is read from the bootstrap distribution. */
  public enum Method {
    /** Quantiles {@code alpha/2} and {@code 1 - alpha/2} of the replicates. */
    PERCENTILE,
    /** Bias-corrected and accelerated quantiles. */
    BCA
  }

  /**
   * A statistic of a resample given as unit indices: {@code units[k]} is the index of the k-th
   * drawn unit (repetitions allowed); the array may be shorter than the number of units for the
   * jackknife.
   */
  @FunctionalInterface
  public interface UnitStatistic {
    /** Evaluates the statistic on the units listed. */
    double apply(int[] units);
  }

  private Bootstrap() {}

  /** The arithmetic mean, a convenient statistic for the methods below. */
  public static double meanOf(double[] x) {
    double m = 0;
    for (int i = 0; i < x.length; i++) {
      m += (x[i] - m) / (i + 1);
    }
    return m;
  }

  /** Interval for the mean of {@code x}. */
  public static Interval mean(double[] x, BootstrapOptions options) {
    return of(x, Bootstrap::meanOf, options);
  }

  /** Interval for a statistic of one sample, resampling single observations. */
  public static Interval of(
      double[] x, ToDoubleFunction<double[]> statistic, BootstrapOptions options) {
    checkData(x, "x");
    return interval(x.length, units -> statistic.applyAsDouble(gather(x, units)), options);
  }

  /**
   * Interval for a statistic of two paired samples ({@code a[i]} and {@code b[i]} belong to the
   * same item), resampling items so that each pair stays together.
   */
  public static Interval paired(
      double[] a,
      double[] b,
      ToDoubleBiFunction<double[], double[]> statistic,
      BootstrapOptions options) {
    checkData(a, "a");
    checkData(b, "b");
    sameLength(a.length, b.length, "b");
    return interval(
        a.length, units -> statistic.applyAsDouble(gather(a, units), gather(b, units)), options);
  }

  /**
   * Interval for a statistic of observations grouped in clusters, resampling whole clusters:
   * {@code clusters[i]} is the cluster id of {@code values[i]} (any ints; the order does not
   * matter).
   */
  public static Interval clustered(
      double[] values,
      int[] clusters,
      ToDoubleFunction<double[]> statistic,
      BootstrapOptions options) {
    checkData(values, "values");
    sameLength(values.length, clusters.length, "clusters");
    int[][] members = Clusters.members(clusters);
    return interval(
        members.length,
        units -> statistic.applyAsDouble(Clusters.gather(values, members, units)),
        options);
  }

  /**
   * Interval for a statistic of paired observations grouped in clusters: {@code a[i]}, {@code
   * b[i]} are paired and belong to cluster {@code clusters[i]}; whole clusters are resampled.
   */
  public static Interval clusteredPaired(
      double[] a,
      double[] b,
      int[] clusters,
      ToDoubleBiFunction<double[], double[]> statistic,
      BootstrapOptions options) {
    checkData(a, "a");
    checkData(b, "b");
    sameLength(a.length, b.length, "b");
    sameLength(a.length, clusters.length, "clusters");
    int[][] members = Clusters.members(clusters);
    return interval(
        members.length,
        units ->
            statistic.applyAsDouble(
                Clusters.gather(a, members, units), Clusters.gather(b, members, units)),
        options);
  }

  /** The general form: {@code nUnits} units, a statistic of a list of unit indices. */
  public static Interval interval(int nUnits, UnitStatistic statistic, BootstrapOptions options) {
    if (nUnits < 1) {
      throw new IllegalArgumentException("bootstrap: empty input");
    }
    int[] all = new int[nUnits];
    Arrays.setAll(all, i -> i);
    double estimate = statistic.apply(all);
    double[] reps = replicates(nUnits, statistic, options.resamples(), options.seed());
    Arrays.sort(reps);
    double alpha = (1 - options.confidence()) / 2;
    double qLow = alpha;
    double qHigh = 1 - alpha;
    String method = "bootstrap-percentile";
    if (options.method() == Method.BCA) {
      double a = acceleration(nUnits, statistic);
      double z0 = STANDARD_NORMAL.inverseCumulativeProbability(percentileOfScore(reps, estimate));
      qLow = bcaLevel(z0, a, STANDARD_NORMAL.inverseCumulativeProbability(alpha));
      qHigh = bcaLevel(z0, a, STANDARD_NORMAL.inverseCumulativeProbability(1 - alpha));
      method = "bootstrap-bca";
    }
    return new Interval(quantile(reps, qLow), quantile(reps, qHigh), options.confidence(), method);
  }

  /** The bootstrap replicates of a statistic (unsorted, in drawing order). */
  public static double[] replicates(
      int nUnits, UnitStatistic statistic, int resamples, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] reps = new double[resamples];
    int[] units = new int[nUnits];
    for (int r = 0; r < resamples; r++) {
      for (int k = 0; k < nUnits; k++) {
        units[k] = rng.nextInt(nUnits);
      }
      reps[r] = statistic.apply(units);
    }
    return reps;
  }

  private static double acceleration(int n, UnitStatistic statistic) {
    if (n < 2) {
      return 0;
    }
    double[] jack = new double[n];
    int[] units = new int[n - 1];
    for (int leave = 0; leave < n; leave++) {
      for (int k = 0, j = 0; k < n; k++) {
        if (k != leave) {
          units[j++] = k;
        }
      }
      jack[leave] = statistic.apply(units);
    }
    double mean = meanOf(jack);
    double num = 0;
    double den = 0;
    for (double t : jack) {
      double d = mean - t;
      num += d * d * d;
      den += d * d;
    }
    return den == 0 ? 0 : num / (6 * Math.pow(den, 1.5));
  }

  private static double bcaLevel(double z0, double a, double z) {
    double num = z0 + z;
    return STANDARD_NORMAL.cumulativeProbability(z0 + num / (1 - a * num));
  }

  /** Mean of the strict and weak share of replicates below the estimate. */
  private static double percentileOfScore(double[] sorted, double score) {
    long less = 0;
    long lessOrEqual = 0;
    for (double r : sorted) {
      if (r < score) {
        less++;
      }
      if (r <= score) {
        lessOrEqual++;
      }
    }
    return (less + lessOrEqual) / (2.0 * sorted.length);
  }

  /** Linear-interpolation quantile of sorted data (numpy's default, R type 7). */
  static double quantile(double[] sorted, double q) {
    if (Double.isNaN(q)) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static double[] gather(double[] x, int[] units) {
    double[] out = new double[units.length];
    for (int k = 0; k < units.length; k++) {
      out[k] = x[units[k]];
    }
    return out;
  }

  private static void checkData(double[] x, String name) {
    if (x.length == 0) {
      throw new IllegalArgumentException("bootstrap: " + name + " is empty");
    }
  }

  private static void sameLength(int n, int m, String name) {
    if (n != m) {
      throw new IllegalArgumentException(
          "bootstrap: length mismatch, " + n + " observations but " + m + " in " + name);
    }
  }
}
