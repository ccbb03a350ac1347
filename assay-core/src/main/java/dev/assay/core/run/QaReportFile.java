package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A {@code qa} run's {@code report.json}: for every check of the pipeline, in pipeline order, how
 * many records it flagged, what the pipeline did with them, and the distribution of each rule's
 * measured values.
 *
 * <pre>{@code
 * QaReportFile r = RunFileKind.QA_REPORT.contract(QaReportFile.class).read(dir.resolve("report.json"));
 * long rejectedByPii = r.checks().get("pii").byAction().getOrDefault("reject", 0L);
 * r.counts().recordsIn() == r.counts().kept() + r.counts().rejected() + r.counts().quarantined();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QaReportFile(
    @Doc("records in and where each ended: records_in = kept + rejected + quarantined") Counts counts,
    @Doc("one entry per check name, in pipeline order") Map<String, CheckReport> checks,
    @Doc(value = "wall-clock milliseconds per phase", required = false) Map<String, Long> timings) {

  /** Keeps the pipeline order. */
  public QaReportFile {
    checks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    timings = timings == null ? null : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(timings));
  }

  /**
   * Where the records went.
   *
   * @param recordsIn records read
   * @param kept records written to kept
   * @param rejected records written to rejected (with reasons)
   * @param quarantined records that did not parse
   */
  public record Counts(
      @Doc("records read") long recordsIn,
      @Doc("records kept (possibly redacted)") long kept,
      @Doc("records rejected, each with its reasons") long rejected,
      @Doc("records that could not be parsed") long quarantined) {}

  /**
   * One check's figures.
   *
   * @param flagged records the check flagged
   * @param byAction flagged records per action taken (reject, redact, tag ...)
   * @param rules value distributions per rule
   * @param details the check's own figures (cluster sizes, pairs compared ...)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CheckReport(
      @Doc("records the check flagged") long flagged,
      @Doc("flagged records per action taken (reject, redact, tag ...)") Map<String, Long> byAction,
      @Doc("the distribution of each rule's measured values") Map<String, RuleStats> rules,
      @Doc(value = "the check's own figures (cluster sizes, pairs compared ...)", required = false) Map<String, JsonNode> details) {}

  /**
   * One rule's measured values over the records it saw.
   *
   * @param count values measured
   * @param threshold the rule's threshold, when it has one
   * @param min smallest value
   * @param mean mean value
   * @param max largest value
   * @param histogram 10 bins over a seeded reservoir of up to 4,096 values
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RuleStats(
      @Doc("values measured") long count,
      @Doc(value = "the rule's threshold, when it has one", required = false) Double threshold,
      @Doc(value = "smallest value (absent when count is 0)", required = false) Double min,
      @Doc(value = "mean value (absent when count is 0)", required = false) Double mean,
      @Doc(value = "largest value (absent when count is 0)", required = false) Double max,
      @Doc(value = "10 bins over a seeded reservoir of up to 4,096 values", required = false) Histogram histogram) {}

  /**
   * Equal-width bins between {@code lower} and {@code upper}.
   *
   * @param lower left edge
   * @param upper right edge
   * @param bins counts per bin
   * @param sampled values binned
   */
  public record Histogram(
      @Doc("left edge of the first bin") double lower,
      @Doc("right edge of the last bin") double upper,
      @Doc("counts per bin") long[] bins,
      @Doc("values binned (at most 4,096)") long sampled) {}
}
