package dev.assay.report.summary;

/**
 * The counts of a pairwise judge run, as the summary needs them.
 *
 * <pre>{@code new JudgeTally("pairwise", 120, 3, 70, 40, 6, 0, 1, 1, 100, 12)}</pre>
 *
 * @param judge the judge's registered name
 * @param rows input rows
 * @param judged rows with a winner (a, b or tie)
 * @param winsA judgments won by output_a
 * @param winsB judgments won by output_b
 * @param ties judgments that are ties
 * @param failed rows whose model calls failed
 * @param unparseable judgments without a readable verdict
 * @param quarantined unusable input rows
 * @param bothOrders pairs judged in both presentation orders with a verdict in each
 * @param inconsistent of those, pairs whose verdict changed with the order
 */
public record JudgeTally(
    String judge,
    long rows,
    long judged,
    long winsA,
    long winsB,
    long ties,
    long failed,
    long unparseable,
    long quarantined,
    long bothOrders,
    long inconsistent) {

  /** Inconsistent pairs over pairs judged in both orders; NaN when none were. */
  public double positionBiasRate() {
    return bothOrders == 0 ? Double.NaN : (double) inconsistent / bothOrders;
  }
}
