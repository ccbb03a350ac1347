package dev.assay.eval.run;

import java.util.List;
import java.util.Map;

/**
 * How a {@link ResumableRun} ended. Every input row is in exactly one count:
 * {@code rows == resumed + finished + failed + quarantined + notStarted}.
 *
 * <pre>{@code
 * RunOutcome o = ResumableRun.run(input, task, options);
 * if (!o.complete()) System.err.println(o.failed() + " rows failed; run again to retry them");
 * }</pre>
 *
 * @param rows input records read (blank lines are not records)
 * @param blankLines blank lines skipped
 * @param resumed rows already finished by an earlier run (not run again)
 * @param finished rows finished by this run
 * @param failed rows whose model calls failed (listed in {@code errors.jsonl}; retried next run)
 * @param quarantined unusable rows (bad JSON, missing fields, duplicate id; in
 *     {@code quarantine.jsonl})
 * @param notStarted rows never started because the run stopped early (budget spent)
 * @param stopReason why the run stopped early, or {@code null}
 * @param failuresByKind failed rows by failure kind
 */
public record RunOutcome(
    long rows,
    long blankLines,
    long resumed,
    long finished,
    long failed,
    long quarantined,
    long notStarted,
    String stopReason,
    Map<String, Long> failuresByKind) {

  public RunOutcome {
    failuresByKind = Map.copyOf(failuresByKind);
  }

  /** True when every usable row has its result. */
  public boolean complete() {
    return failed == 0 && notStarted == 0;
  }

  /** The counts as manifest entries. */
  public List<Map.Entry<String, Long>> counts() {
    return List.of(
        Map.entry("rows_in", rows),
        Map.entry("blank_lines", blankLines),
        Map.entry("resumed", resumed),
        Map.entry("finished", finished),
        Map.entry("failed", failed),
        Map.entry("quarantined", quarantined),
        Map.entry("not_started", notStarted));
  }
}
