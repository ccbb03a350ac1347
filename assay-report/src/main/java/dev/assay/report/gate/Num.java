package dev.assay.report.gate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers in gate messages, the same on every machine: integers as integers, others to 4 decimal
 * places without trailing zeros, tiny p-values in scientific notation.
 *
 * <pre>{@code
 * Num.format(76.08086700137612);   // "76.0809"
 * Num.format(8.0);                 // "8"
 * Num.format(4.0e-6);              // "4.0e-06"
 * }</pre>
 */
public final class Num {
  private Num() {}

  /** {@code v} for people. */
  public static String format(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return String.valueOf(v);
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.valueOf((long) v);
    }
    if (Math.abs(v) < 1e-3) {
      return String.format(Locale.ROOT, "%.1e", v);
    }
    return new BigDecimal(v).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /** {@code v}, or "n/a" for null. */
  public static String format(Double v) {
    return v == null ? "n/a" : format(v.doubleValue());
  }
}
