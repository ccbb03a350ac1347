package dev.assay.quality.heuristics;

/**
 * Parameter validation shared by the check records: each method throws an
 * {@link IllegalArgumentException} that names the parameter (as written in pipeline YAML), the
 * expected range and the value found.
 *
 * <pre>{@code
 * Checks.fraction("max_bullet_lines_ratio", 1.5);   // IllegalArgumentException
 * }</pre>
 */
public final class Checks {
  private Checks() {}

  /** Requires {@code value >= 0}. */
  public static void nonNegative(String param, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(param + " must be a finite number >= 0, found " + value);
    }
  }

  /** Requires {@code 0 <= value <= 1}. */
  public static void fraction(String param, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(param + " must be between 0 and 1, found " + value);
    }
  }

  /** Requires {@code value >= 1}. */
  public static void positive(String param, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(param + " must be >= 1, found " + value);
    }
  }
}
