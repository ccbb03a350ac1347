package dev.assay.stats.agreement;

/**
 * A chance-corrected agreement coefficient, {@code (observed - expected) / (1 - expected)}.
 *
 * <pre>{@code
 * ChanceCorrected k = FleissKappa.of(ratings);
 * k.value();     // the coefficient
 * k.observed();  // p_a, the observed agreement
 * k.expected();  // p_e, the agreement expected by chance
 * }</pre>
 *
 * @param value the coefficient; NaN when undefined (see each coefficient)
 * @param observed the observed agreement {@code p_a} (for weighted kappas, {@code 1 -} the
 *     weighted observed disagreement)
 * @param expected the chance agreement {@code p_e}
 * @param items the number of items that entered the observed agreement
 * @param categories the number of distinct categories seen
 */
public record ChanceCorrected(
    double value, double observed, double expected, int items, int categories) {

  static ChanceCorrected of(double pa, double pe, int items, int categories) {
    double v = pe == 1.0 ? Double.NaN : (pa - pe) / (1 - pe);
    return new ChanceCorrected(v, pa, pe, items, categories);
  }
}
