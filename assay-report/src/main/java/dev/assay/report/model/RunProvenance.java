package dev.assay.report.model;

import java.util.List;
import java.util.Map;

/**
 * How one run in a report was made, read from its {@code manifest.json}: shown in the report's
 * footer so any number can be traced to data hashes, models, judge, seeds and tool version.
 *
 * <pre>{@code
 * new RunProvenance("out/judge", "judge", "0.1.0 (abc1234)", "2026-11-25T09:00:00Z",
 *     List.of(new RunProvenance.Input("pairs.jsonl", "9f2c...", 120)),
 *     Map.of("judge", "reward-model"), Map.of("bootstrap", 42L));
 * }</pre>
 *
 * @param runDir the run directory, as given
 * @param command the Assay command that made it
 * @param toolVersion Assay version and git commit
 * @param startedAt ISO-8601 UTC start
 * @param inputs input files with sha256 and record counts
 * @param components models, judges, checks and their settings, as "name" -> "settings" text
 * @param seeds random seeds by name
 */
public record RunProvenance(
    String runDir,
    String command,
    String toolVersion,
    String startedAt,
    List<Input> inputs,
    Map<String, String> components,
    Map<String, Long> seeds) {

  public RunProvenance {
    inputs = List.copyOf(inputs);
    components = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(components));
    seeds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(seeds));
  }

  /**
   * One input file.
   *
   * @param path as recorded
   * @param sha256 hex digest
   * @param records record count, or -1 when unknown
   */
  public record Input(String path, String sha256, long records) {}
}
