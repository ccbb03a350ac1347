package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Summary sentences for a schema validation run: how many records were valid, and which problems
 * sent the others to quarantine (most frequent first).
 *
 * <pre>{@code
 * ValidationSentences.of("openai-chat", 139, 135, 4, Map.of("malformed JSON", 1L, "field 'messages'", 3L));
 * }</pre>
 */
public final class ValidationSentences {
  private static final int REASONS_SHOWN = 4;

  private ValidationSentences() {}

  /**
   * @param schema the schema checked against
   * @param problems quarantined records per kind of problem
   */
  public static ExecutiveSummary of(String schema, long recordsIn, long valid, long quarantined, Map<String, Long> problems) {
    List<String> tested = List.of("We validated " + Counted.of(recordsIn, "records") + " against the " + schema + " schema.");
    if (recordsIn == 0) {
      return new ExecutiveSummary(tested, List.of(), List.of(), List.of("The input had no records."));
    }
    List<String> headlines = List.of(Percent.count(valid) + " of " + Counted.of(recordsIn, "records") + " (" + Percent.share(valid, recordsIn)
        + ") are valid.");
    if (quarantined == 0) {
      return new ExecutiveSummary(tested, headlines, List.of(), List.of());
    }
    List<Map.Entry<String, Long>> sorted = problems.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
    String shown = sorted.stream().limit(REASONS_SHOWN).map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    String more = sorted.size() > REASONS_SHOWN ? " and " + (sorted.size() - REASONS_SHOWN) + " other kinds" : "";
    String caveat = Percent.count(quarantined) + " of " + Counted.of(recordsIn, "records") + " (" + Percent.share(quarantined, recordsIn)
        + ") failed validation and were quarantined" + (shown.isEmpty() ? "." : ": " + shown + more + ".");
    return new ExecutiveSummary(tested, headlines, List.of(), List.of(caveat));
  }
}
