package dev.assay.quality.contamination;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.FieldPath;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputFiles;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.Json;
import dev.assay.core.io.JsonlWriter;
import dev.assay.core.io.OutputFiles;
import dev.assay.core.io.ReadSummary;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.validate.QuarantineEntry;
import dev.assay.models.embed.Embedder;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.QaRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs contamination detection over a training file, streaming: every row ends in exactly one of
 * {@code flagged.jsonl} (the original record plus {@code matches}: benchmark file, line, id, turn,
 * method, n-gram overlap, cosine, snippet), {@code clean.jsonl} (bytes unchanged for JSON Lines)
 * or {@code quarantine.jsonl} (rows that do not parse, with {@code file:line} and the reason);
 * {@code report.json} and {@code manifest.json} say what was found and how.
 *
 * <pre>{@code
 * ContaminationScanResult r = ContaminationScan.run(
 *     new ContaminationScanOptions(train, null, "instruction", out, check), null, List.of(args));
 * }</pre>
 */
public final class ContaminationScan {
  private ContaminationScan() {}

  /**
   * Runs the scan.
   *
   * @param embedder the embedding model when {@code check.embedder()} is set (the caller opens
   *     and closes it), else {@code null}
   * @param arguments the command line as given, for the manifest
   */
  public static ContaminationScanResult run(ContaminationScanOptions o, Embedder embedder, List<String> arguments) {
    dev.assay.core.io.InputSet inputs = dev.assay.core.io.InputSet.expand(o.inputs());
    String format = inputs.format(o.format());
    FieldPath field = FieldPath.parse(o.field());
    ManifestBuilder manifest = RunManifest.builder("contamination", arguments);
    long t0 = System.nanoTime();
    ContaminationDetector detector = ContaminationDetector.build(o.check(), embedder);
    long indexMillis = (System.nanoTime() - t0) / 1_000_000;

    Path flaggedPath = o.outDir().resolve("flagged.jsonl");
    Path cleanPath = o.outDir().resolve("clean.jsonl");
    Path quarantinePath = o.outDir().resolve("quarantine.jsonl");
    long[] counts = new long[4]; // flagged, clean, quarantined, withoutField
    ReadSummary summary;
    Map<String, Object> tally;
    long t1 = System.nanoTime();
    List<ReadSummary> shards;
    try (dev.assay.core.io.InputSetReader reader = inputs.open(o.format());
        JsonlWriter flaggedOut = new JsonlWriter(flaggedPath);
        JsonlWriter cleanOut = new JsonlWriter(cleanPath);
        JsonlWriter quarantineOut = new JsonlWriter(quarantinePath)) {
      Map<Long, InputRecord> waiting = new HashMap<>();
      ContaminationSession session = ContaminationSession.of(detector);
      session.onVerdict(
          (qa, matches) -> {
            InputRecord r = waiting.remove(qa.line()); // the record's ordinal, unique across shards
            if (matches.isEmpty()) {
              cleanOut.writeRaw(r.raw());
              counts[1]++;
            } else {
              flaggedOut.write(withMatches(r.value(), matches));
              counts[0]++;
            }
          });
      for (InputRecord r; (r = reader.next()) != null; ) {
        if (!r.parsed()) {
          quarantineOut.write(QuarantineEntry.of(r, List.of(r.error())));
          counts[2]++;
          continue;
        }
        String text = TextFields.joined(r.value(), field);
        if (text == null) {
          counts[3]++;
          text = "";
        }
        waiting.put(r.key(), r);
        session.observe(new QaRecord(r.key(), idOf(r), r.value(), text));
      }
      session.flush();
      summary = reader.summary();
      shards = reader.summaries();
      tally = session.report();
    }
    long scanMillis = (System.nanoTime() - t1) / 1_000_000;
    long parsed = counts[0] + counts[1];
    if (parsed > 0 && counts[3] == parsed) {
      throw new AssayInputException(
          inputs.describe() + ": field '" + o.field() + "' is missing in all " + parsed + " records; check --field");
    }

    Map<String, Object> report = new LinkedHashMap<>();
    report.put("input", inputs.files().size() == 1 ? o.input().toString() : inputs.describe());
    report.put("field", o.field());
    report.put("records_in", summary.records());
    report.put("flagged", counts[0]);
    report.put("clean", counts[1]);
    report.put("quarantined", counts[2]);
    report.put("rows_without_field", counts[3]);
    report.put("blank_lines", summary.blankLines());
    report.put("config", CheckRegistry.configOf(o.check()));
    if (embedder != null && o.check().usesEmbeddings()) {
      report.put("embedder", embedder.info().toMap());
    }
    report.put("contamination", tally);
    report.put("timings_ms", Map.of("index", indexMillis, "scan", scanMillis));
    Path reportPath = o.outDir().resolve("report.json");
    writeJson(reportPath, report);

    manifest.component("check", ContaminationCheck.NAME, CheckRegistry.configOf(o.check()));
    if (embedder != null && o.check().usesEmbeddings()) {
      manifest.component("embedder", embedder.name(), embedder.info().toMap());
    }
    for (int i = 0; i < inputs.files().size(); i++) {
      Path f = inputs.files().get(i);
      manifest.input(f, inputs.formatOf(f, o.format()), i < shards.size() ? shards.get(i).records() : 0);
    }
    for (BenchmarkSource s : o.check().sources()) {
      Map<String, Long> c = detector.benchmarkCounts().get(s.path().toString());
      manifest.input(s.path(), InputFiles.formatOf(s.path()), c == null ? -1 : c.get("records"));
    }
    manifest.output("flagged", flaggedPath, "jsonl", counts[0]);
    manifest.output("clean", cleanPath, "jsonl", counts[1]);
    manifest.output("quarantine", quarantinePath, "jsonl", counts[2]);
    manifest.output("report", reportPath, "json", 1);
    manifest.count("records_in", summary.records());
    manifest.count("flagged", counts[0]);
    manifest.count("clean", counts[1]);
    manifest.count("quarantined", counts[2]);
    manifest.count("rows_without_field", counts[3]);
    manifest.count("blank_lines", summary.blankLines());
    manifest.timing("index", indexMillis);
    manifest.timing("scan", scanMillis);
    if (summary.truncated()) {
      manifest.warning(summary.truncation());
    }
    if (counts[3] > 0) {
      manifest.warning(counts[3] + " records have no field '" + o.field() + "' and were kept as clean");
    }
    boolean ok = counts[0] == 0 && counts[2] == 0 && !summary.truncated();
    RunManifest m = manifest.build(ok ? dev.assay.core.run.RunStatus.OK : dev.assay.core.run.RunStatus.DATA_REJECTED);
    ManifestWriter.write(m, o.outDir().resolve("manifest.json"));
    return new ContaminationScanResult(
        summary.records(), counts[0], counts[1], counts[2], counts[3], summary.blankLines(), summary.truncation(), report, m);
  }

  private static JsonNode withMatches(JsonNode value, List<ContaminationMatch> matches) {
    ObjectNode o = value.isObject() ? ((ObjectNode) value).deepCopy() : Json.MAPPER.createObjectNode().set("value", value);
    ArrayNode arr = o.putArray("matches");
    for (ContaminationMatch m : matches) {
      arr.add(Json.MAPPER.valueToTree(m.toMap()));
    }
    return o;
  }

  private static String idOf(InputRecord r) {
    JsonNode id = r.value().get("id");
    return id == null || id.isNull() ? String.valueOf(r.index() > 0 ? r.index() : r.line()) : id.isString() ? id.asString() : id.toString();
  }

  static void writeJson(Path path, Object value) {
    try (OutputStream out = OutputFiles.create(path)) {
      out.write(Json.PRETTY.writeValueAsBytes(value));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot write: " + e.getMessage(), e);
    }
  }
}
