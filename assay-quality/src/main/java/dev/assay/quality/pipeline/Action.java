package dev.assay.quality.pipeline;

/**
 * What a pipeline does with a record a check flags.
 *
 * <pre>{@code
 * - name: pii
 *   action: redact
 * }</pre>
 */
public enum Action {
  /** Move the record to rejected.jsonl with the check's reasons. */
  REJECT,
  /** Keep the record and add the findings to its {@code assay_tags}. */
  TAG,
  /** Keep the record with the check's redactions applied to the checked field (and tag it). */
  REDACT,
  /** Keep the record untouched; the findings are only counted in report.json (a dry run). */
  KEEP
}
