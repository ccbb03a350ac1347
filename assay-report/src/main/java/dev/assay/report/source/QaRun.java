package dev.assay.report.source;

import dev.assay.report.model.Block;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * What one {@code assay qa} run directory says, read once: counts, the checks in pipeline order
 * with their actions, {@code report.json}, and from {@code rejected.jsonl} which check removed each
 * rejected record (the first rejecting check in pipeline order among its reasons).
 *
 * <pre>{@code
 * QaRun run = QaRun.read(Path.of("out/qa"), manifest);
 * long dups = run.removedBy().get("exact_dedup");
 * }</pre>
 *
 * @param input the input file as recorded
 * @param recordsIn records read
 * @param kept records kept
 * @param rejected records rejected
 * @param quarantined unreadable records
 * @param checks the checks in pipeline order
 * @param report the run's report.json
 * @param removedBy rejected records by the check that removed them ({@link #OTHER} when none of the reasons names a rejecting check)
 * @param rejectReasons rejected records per "check: rule" (a record with several reasons counts under each)
 * @param clusterSizes per deduplication check: cluster size -> number of clusters
 * @param pii PII findings per type
 * @param examples tables of the rejected records people look at (most toxic, duplicates side by side)
 */
public record QaRun(
    String input,
    long recordsIn,
    long kept,
    long rejected,
    long quarantined,
    List<Check> checks,
    JsonNode report,
    Map<String, Long> removedBy,
    Map<String, Long> rejectReasons,
    Map<String, Map<Integer, Long>> clusterSizes,
    Map<String, Long> pii,
    List<Block> examples) {

  /** The key of {@link #removedBy} for records no rejecting check claims. */
  public static final String OTHER = "other";

  /**
   * A check of the pipeline.
   *
   * @param name the check's name
   * @param action what the pipeline does with records it flags (reject, tag, redact, keep)
   */
  public record Check(String name, String action) {
    /** True when the check removes records. */
    public boolean rejects() {
      return action.equals("reject");
    }
  }

  /** Reads {@code runDir}, whose manifest is given. */
  public static QaRun read(Path runDir, JsonNode manifest) {
    JsonNode report = RunFiles.contractTree(runDir, dev.assay.core.run.RunFileKind.QA_REPORT);
    Map<String, Long> counts = RunFiles.counts(manifest);
    JsonNode rc = report.path("counts");
    long in = counts.getOrDefault("records_in", RunFiles.count(rc, "records_in", 0));
    long kept = counts.getOrDefault("kept", RunFiles.count(rc, "kept", 0));
    long rejected = counts.getOrDefault("rejected", RunFiles.count(rc, "rejected", 0));
    long quarantined = counts.getOrDefault("quarantined", RunFiles.count(rc, "quarantined", 0));
    List<Check> checks = new ArrayList<>();
    for (JsonNode c : RunFiles.components(manifest, "check")) {
      checks.add(new Check(c.path("name").asString(), RunFiles.text(c.path("config"), "action", "reject")));
    }
    if (checks.isEmpty()) {
      report.path("checks").properties().forEach(e -> checks.add(new Check(e.getKey(), "reject")));
    }
    Map<String, Long> removedBy = new LinkedHashMap<>();
    Map<String, Long> reasons = new TreeMap<>();
    List<JsonNode> pipeline = RunFiles.components(manifest, "pipeline");
    QaExamples examples = new QaExamples(pipeline.isEmpty() ? "text" : RunFiles.text(pipeline.get(0).path("config"), "field", "text"));
    RunFiles.eachLine(runDir.resolve("rejected.jsonl"), (line, row) -> {
      examples.accept(line, row);
      String first = null;
      int firstIndex = Integer.MAX_VALUE;
      for (JsonNode r : row.path("reasons")) {
        String check = r.path("check").asString();
        reasons.merge(check + ": " + r.path("rule").asString(), 1L, Long::sum);
        for (int i = 0; i < checks.size() && i < firstIndex; i++) {
          if (checks.get(i).name().equals(check) && checks.get(i).rejects()) {
            first = check;
            firstIndex = i;
          }
        }
      }
      removedBy.merge(first == null ? OTHER : first, 1L, Long::sum);
    });
    Map<String, Map<Integer, Long>> clusters = new LinkedHashMap<>();
    Map<String, Long> pii = new LinkedHashMap<>();
    report.path("checks").properties().forEach(e -> {
      JsonNode details = e.getValue().path("details");
      for (String h : List.of("group_size_histogram", "cluster_size_histogram")) {
        if (details.has(h)) {
          Map<Integer, Long> sizes = new TreeMap<>();
          details.get(h).properties().forEach(s -> sizes.put(Integer.parseInt(s.getKey()), s.getValue().asLong()));
          clusters.put(e.getKey(), sizes);
        }
      }
      if (e.getKey().startsWith("pii")) {
        e.getValue().path("rules").properties().forEach(r -> pii.merge(r.getKey(), RunFiles.count(r.getValue(), "count", 0), Long::sum));
      }
    });
    String input = manifest.path("inputs").path(0).path("path").asString("");
    List<Block> tables = examples.tables(runDir, input.isEmpty() ? null : Path.of(input));
    return new QaRun(input, in, kept, rejected, quarantined, checks, report, removedBy, reasons, clusters, pii, tables);
  }
}
