package dev.assay.quality;

/**
 * One thing a check found about one record: which check and rule, the measured value and the
 * threshold it crossed, and a detail for people (e.g. the PII type, or the matched benchmark
 * item). For duplicates, {@code duplicateOf} is the key ({@link QaRecord#line()}, the ordinal
 * in the input set) of the record kept in its place; otherwise -1. The pipeline turns it into the
 * kept record's file and record index when it writes.
 *
 * <pre>{@code
 * new Finding("gopher_quality", "mean_word_length", 11.2, 10.0, "mean word length above maximum", -1);
 * }</pre>
 */
public record Finding(
    String check, String rule, double value, double threshold, String detail, long duplicateOf) {

  /** A finding that is not about duplicates. */
  public static Finding of(String check, String rule, double value, double threshold, String detail) {
    return new Finding(check, rule, value, threshold, detail, -1);
  }
}
