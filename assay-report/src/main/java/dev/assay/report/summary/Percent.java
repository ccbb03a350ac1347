package dev.assay.report.summary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Shares written as percentages for people: whole percents (one decimal below 10%), rounded half
 * up from the exact decimal value, trailing zeros dropped, with one or two decimals more only where
 * that would mislead (a share that is not 0 or 1 but rounds to 0% or 100%, or an interval bound
 * that would round onto or across the no-difference value the sentence is about).
 *
 * <pre>{@code
 * Percent.of(0.6249);                           // "62%"
 * Percent.of(0.024);                            // "2.4%"
 * Percent.of(0.0004);                           // "0.04%"
 * Percent.interval(0.4962, 0.58, 0.5);          // "49.6-58%"  (not "50-58%")
 * }</pre>
 */
public final class Percent {
  private static final int MAX_DECIMALS = 2;

  private Percent() {}

  /** {@code share} (0..1) as a percentage, e.g. "62%". */
  public static String of(double share) {
    return number(share, decimalsFor(share)) + "%";
  }

  /**
   * An interval of shares as "lo-hi%", with enough decimals that neither bound appears to be on the
   * other side of, or exactly at, {@code reference} (a share, usually 0.5) when it is not.
   */
  public static String interval(double lower, double upper, double reference) {
    int d = Math.max(decimalsFor(lower), decimalsFor(upper));
    while (d < MAX_DECIMALS && (misleads(lower, reference, d) || misleads(upper, reference, d))) {
      d++;
    }
    return number(lower, d) + "-" + number(upper, d) + "%";
  }

  /** A point estimate with enough decimals not to land on {@code reference} when it is not on it. */
  public static String of(double share, double reference) {
    int d = decimalsFor(share);
    while (d < MAX_DECIMALS && misleads(share, reference, d)) {
      d++;
    }
    return number(share, d) + "%";
  }

  /** A confidence level (0.95) as its label ("95%"). */
  public static String level(double confidence) {
    return of(confidence);
  }

  /** The share of {@code part} in {@code whole} as a percentage; "0%" when whole is 0. */
  public static String share(long part, long whole) {
    return whole == 0 ? "0%" : of((double) part / whole);
  }

  private static int decimalsFor(double share) {
    int d = share > 0 && share < 0.1 ? 1 : 0;
    while (d < MAX_DECIMALS && share != 0 && share != 1
        && (rounded(share, d).signum() == 0 || rounded(share, d).compareTo(BigDecimal.valueOf(100)) == 0)) {
      d++;
    }
    return d;
  }

  private static boolean misleads(double value, double reference, int decimals) {
    int exact = Double.compare(value, reference);
    int shown = rounded(value, decimals).compareTo(exactPercent(reference));
    return exact != shown;
  }

  private static BigDecimal exactPercent(double share) {
    return BigDecimal.valueOf(share).movePointRight(2);
  }

  private static BigDecimal rounded(double share, int decimals) {
    return exactPercent(share).setScale(decimals, RoundingMode.HALF_UP);
  }

  private static String number(double share, int decimals) {
    if (!Double.isFinite(share)) {
      return "n/a";
    }
    BigDecimal r = rounded(share, decimals);
    return r.signum() == 0 ? "0" : r.stripTrailingZeros().toPlainString();
  }

  /** A count with thousands separators ("1,234"). */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
