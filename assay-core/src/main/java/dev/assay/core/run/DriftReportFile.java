package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A {@code drift} run's {@code report.json}: how a current data set differs from a reference one.
 * The verdict ({@code shifted_features}) and the per-feature numeric shifts are typed; language,
 * embedding and cluster sections are kept as written (see docs/contamination-and-drift.md).
 *
 * <pre>{@code
 * DriftReportFile d = RunFileKind.DRIFT_REPORT.contract(DriftReportFile.class).read(dir.resolve("report.json"));
 * boolean drifted = !d.shiftedFeatures().isEmpty();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DriftReportFile(
    @Doc("counts of the reference set (path, records, parsed, quarantined, sampled)") Map<String, JsonNode> reference,
    @Doc("counts of the current set") Map<String, JsonNode> current,
    @Doc("one entry per numeric feature (chars, words, numeric fields)") List<NumericShift> numeric,
    @Doc(value = "detected-language shift; absent when skipped", required = false) JsonNode language,
    @Doc(value = "embedding MMD shift; absent when skipped", required = false) JsonNode embedding,
    @Doc(value = "cluster-share shift; absent when skipped", required = false) JsonNode clusters,
    @Doc("features whose shift is significant and large enough") List<String> shiftedFeatures,
    @Doc("what was skipped and why") List<String> notes,
    @Doc("the options used") Map<String, JsonNode> options) {

  /** Copies. */
  public DriftReportFile {
    numeric = List.copyOf(numeric);
    shiftedFeatures = List.copyOf(shiftedFeatures);
    notes = List.copyOf(notes);
  }

  /**
   * One numeric feature's shift; the test statistics beyond these stay in {@code details}.
   *
   * @param feature the feature
   * @param shifted true when significant and large enough
   * @param details every statistic as written (KS, PSI, JS, means ...)
   */
  public record NumericShift(
      @Doc("the feature (chars, words, a numeric field)") String feature,
      @Doc("true when the shift is significant and large enough") boolean shifted,
      @Doc(value = "every statistic as written (KS, PSI, JS, means ...)", required = false)
          @com.fasterxml.jackson.annotation.JsonAnySetter @com.fasterxml.jackson.annotation.JsonAnyGetter
          Map<String, JsonNode> details) {
    /** Copies. */
    public NumericShift {
      details = details == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(details);
    }
  }
}
