package dev.assay.quality;

import java.util.List;

/**
 * What a {@link RecordCheck} says about one record: its findings (empty when the record passes)
 * and, for checks that can redact (PII), the text with redactions applied, or {@code null} when
 * the check changes nothing. The pipeline's configured action (reject, tag, redact, keep) decides
 * what the findings do.
 *
 * <pre>{@code
 * return findings.isEmpty() ? Verdict.PASS : new Verdict(findings, null);
 * }</pre>
 */
public record Verdict(List<Finding> findings, String redactedText) {
  /** No findings, nothing redacted. */
  public static final Verdict PASS = new Verdict(List.of(), null);

  public Verdict {
    findings = List.copyOf(findings);
  }

  /** True when the check found nothing. */
  public boolean passed() {
    return findings.isEmpty();
  }
}
