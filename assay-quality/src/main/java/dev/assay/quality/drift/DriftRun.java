package dev.assay.quality.drift;

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
import dev.assay.quality.language.LanguageDetector;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs drift analysis on two files and writes {@code report.json}, {@code report.md}, {@code
 * quarantine.jsonl} (rows of either input that do not parse, with {@code file:line}) and {@code
 * manifest.json}. Each input is read once, streaming.
 *
 * <pre>{@code
 * DriftRun.Result r = DriftRun.run(ref, cur, DriftOptions.defaults("text"), out, embedder, null, List.of(args));
 * }</pre>
 */
public final class DriftRun {
  /** snake_case, indented: the form of {@code report.json}. */
  public static final JsonMapper REPORT_JSON =
      Json.PRETTY.rebuild().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

  private DriftRun() {}

  /** The report and the manifest of one run. */
  public record Result(DriftReport report, RunManifest manifest, long quarantined) {}

  /**
   * Compares {@code current} with {@code reference}.
   *
   * @param embedder for the embedding feature, or null to skip it (noted in the report)
   * @param detector for the language feature, or null to skip it (noted in the report)
   */
  public static Result run(
      Path reference, Path current, DriftOptions o, Path outDir, Embedder embedder, LanguageDetector detector,
      List<String> arguments) {
    InputFiles.checkReadable(reference);
    InputFiles.checkReadable(current);
    ManifestBuilder manifest = RunManifest.builder("drift", arguments);
    long t0 = System.nanoTime();
    Path quarantinePath = outDir.resolve("quarantine.jsonl");
    DatasetProfile ref = new DatasetProfile(reference.toString(), o);
    DatasetProfile cur = new DatasetProfile(current.toString(), o);
    long quarantined;
    ReadSummary rs;
    ReadSummary cs;
    try (JsonlWriter q = new JsonlWriter(quarantinePath)) {
      rs = read(reference, ref, q);
      cs = read(current, cur, q);
      quarantined = q.count();
    }
    long readMillis = (System.nanoTime() - t0) / 1_000_000;
    long t1 = System.nanoTime();
    DriftReport report = DriftAnalysis.compare(ref, cur, o, embedder, detector);
    long analyseMillis = (System.nanoTime() - t1) / 1_000_000;

    Path json = outDir.resolve("report.json");
    Path md = outDir.resolve("report.md");
    dev.assay.core.run.RunFileKind.DRIFT_REPORT.contract(dev.assay.core.run.DriftReportFile.class)
        .writeConformed(json, REPORT_JSON.valueToTree(report));
    write(md, DriftMarkdown.render(report));

    manifest.component("analysis", "drift", REPORT_JSON.convertValue(o, java.util.Map.class));
    if (embedder != null && o.has("embedding")) {
      manifest.component("embedder", embedder.name(), embedder.info().toMap());
    }
    manifest.seed("drift", o.seed());
    manifest.input(reference, InputFiles.formatOf(reference), rs.records());
    manifest.input(current, InputFiles.formatOf(current), cs.records());
    manifest.output("report", json, "json", 1);
    manifest.output("report_md", md, "markdown", 1);
    manifest.output("quarantine", quarantinePath, "jsonl", quarantined);
    manifest.count("reference_records", rs.records());
    manifest.count("current_records", cs.records());
    manifest.count("quarantined", quarantined);
    manifest.count("shifted_features", report.shiftedFeatures().size());
    manifest.timing("read", readMillis);
    manifest.timing("analyse", analyseMillis);
    for (ReadSummary s : List.of(rs, cs)) {
      if (s.truncated()) {
        manifest.warning(s.truncation());
      }
    }
    report.notes().forEach(manifest::warning);
    RunManifest m = manifest.build(quarantined == 0 ? dev.assay.core.run.RunStatus.OK : dev.assay.core.run.RunStatus.DATA_REJECTED);
    ManifestWriter.write(m, outDir.resolve("manifest.json"));
    return new Result(report, m, quarantined);
  }

  private static ReadSummary read(Path path, DatasetProfile profile, JsonlWriter quarantine) {
    try (DatasetReader in = Datasets.open(path)) {
      for (InputRecord r; (r = in.next()) != null; ) {
        if (!r.parsed()) {
          quarantine.write(QuarantineEntry.of(r, List.of(r.error())));
          profile.quarantined();
          continue;
        }
        JsonNode id = r.value().get("id");
        String ids = id == null || id.isNull() ? String.valueOf(r.line()) : id.isString() ? id.asString() : id.toString();
        profile.add(r.line(), ids, r.value());
      }
      return in.summary();
    }
  }

  private static void write(Path path, String text) {
    try (OutputStream out = OutputFiles.create(path)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot write: " + e.getMessage(), e);
    }
  }
}
