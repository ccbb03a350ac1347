package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Summary sentences for a QA pipeline run: what was checked, what was kept, and what QA removed
 * and why (as a caveat on everything computed from the kept data).
 *
 * <pre>{@code
 * QaSentences.of(65, 38, 27, 0, List.of("empty", "pii"), Map.of("empty", 1L, "exact_dedup", 26L), Map.of("email", 1L));
 * }</pre>
 */
public final class QaSentences {
  private QaSentences() {}

  /**
   * @param checks the checks, in pipeline order
   * @param removedBy rejected records by the first rejecting check
   * @param pii records with each PII type found (empty when the pipeline had no PII check)
   */
  public static ExecutiveSummary of(long recordsIn, long kept, long rejected, long quarantined,
      List<String> checks, Map<String, Long> removedBy, Map<String, Long> pii) {
    List<String> tested = List.of("We checked " + Counted.of(recordsIn, "records") + " with " + Counted.of(checks.size(), "QA checks")
        + (checks.isEmpty() ? "." : " (" + String.join(", ", checks) + ")."));
    List<String> headlines = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    if (recordsIn > 0) {
      headlines.add(Percent.count(kept) + " of " + Counted.of(recordsIn, "records") + " (" + Percent.share(kept, recordsIn)
          + ") passed QA and were kept; " + Percent.count(rejected) + " were rejected and " + Percent.count(quarantined) + " quarantined.");
    }
    long piiTotal = pii.values().stream().mapToLong(Long::longValue).sum();
    if (piiTotal > 0) {
      headlines.add("Personal data was found " + piiTotal + (piiTotal == 1 ? " time: " : " times: ")
          + pii.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ".");
    }
    Caveats.qaRemoved(recordsIn, rejected, removedBy).ifPresent(caveats::add);
    Caveats.quarantined(recordsIn, quarantined).ifPresent(caveats::add);
    return new ExecutiveSummary(tested, headlines, List.of(), caveats);
  }
}
