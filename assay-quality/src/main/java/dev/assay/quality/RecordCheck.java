package dev.assay.quality;

/**
 * A check that judges each record on its own. Implementations are immutable and thread-safe: the
 * pipeline calls {@link #check(QaRecord)} from several worker threads at once.
 *
 * <pre>{@code
 * record MinLength(int minChars) implements RecordCheck {
 *   public String name() { return "min_length"; }
 *   public Verdict check(QaRecord r) {
 *     return r.text().length() >= minChars ? Verdict.PASS
 *         : new Verdict(List.of(Finding.of(name(), "chars", r.text().length(), minChars, "too short")), null);
 *   }
 * }
 * }</pre>
 */
public non-sealed interface RecordCheck extends Check {
  /** Judges one record; pure and thread-safe. */
  Verdict check(QaRecord record);
}
