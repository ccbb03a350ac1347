package dev.assay.quality.pipeline;

import dev.assay.core.run.QaReportFile;
import dev.assay.core.run.RunFileKind;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.FieldPath;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.format.FieldProbe;
import dev.assay.core.io.DatasetWriter;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.InputSet;
import dev.assay.core.io.InputSetReader;
import dev.assay.core.io.Json;
import dev.assay.core.io.OutputFormat;
import dev.assay.core.io.OrderedParallel;
import dev.assay.core.io.ReadSummary;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.manifest.Sha256;
import dev.assay.models.embed.CachingEmbedder;
import dev.assay.models.embed.EmbeddingCache;
import dev.assay.quality.Check;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs a {@link PipelineConfig}: every input record ends in exactly one of {@code kept.<fmt>},
 * {@code rejected.<fmt>} (with {@code reasons}, {@code source_file}, {@code source_record} and, for
 * duplicates, {@code duplicate_of} and {@code duplicate_of_file}: the record index and file of the
 * copy kept) or {@code quarantine.jsonl} (unparseable, not an object, or without the checked
 * field), and {@code report.json} and {@code manifest.json} say what happened. {@code <fmt>} is the
 * {@link OutputFormat} asked for (JSON Lines by default).
 *
 * <p>The input is an {@link InputSet}: the config's {@code input} (a file, directory or glob) or
 * the inputs given to the constructor, read as one data set. Records are identified by their
 * ordinal in the set, not by physical line, so the elements of a one-line JSON array and the
 * records of different shards are all distinct. A checked field that none of the first records
 * has is an {@link AssayInputException} naming the fields that exist.
 *
 * <p>Record checks run on worker threads. When the pipeline has dataset checks (duplicates,
 * contamination) it reads the input twice: pass 1 runs the record checks and feeds the records
 * that survive them, in order, to the dataset checks; pass 2 applies everything and
 * writes. So a low-quality record is never chosen as the copy a duplicate cluster keeps. A check's
 * edits (PII redaction, C4 line removal) are applied under every action but keep, and later record
 * checks see the edited text; dataset checks see the text before edits.
 *
 * <pre>{@code
 * PipelineConfig cfg = ConfigLoader.load(Path.of("pipeline.yaml"), PipelineConfig.class);
 * QaResult r = new QaPipeline(cfg).run(List.of("--config", "pipeline.yaml"), null);
 * }</pre>
 */
public final class QaPipeline {
  private static final int BATCH = 1024;

  private final PipelineConfig config;
  private final List<String> inputs;
  private final OutputFormat outputFormat;
  private final List<Step> steps = new ArrayList<>();
  /** Turns ordinals back into file and record; set before the writing pass starts its workers. */
  private InputSetReader where;
  private final FieldPath field;
  private final FieldPath idField;

  /** A configured check and its action. */
  private record Step(Check check, Action action) {}

  /** What one record came to. */
  private record Outcome(
      InputRecord record, String quarantine, List<Finding> reasons, List<Finding> tags, ObjectNode rewritten) {}

  public QaPipeline(PipelineConfig config) {
    this(config, null, OutputFormat.JSONL);
  }

  /**
   * A pipeline over {@code inputs} (files, directories, globs; null or empty for the config's
   * input) writing kept and rejected rows as {@code outputFormat}.
   */
  public QaPipeline(PipelineConfig config, List<String> inputs, OutputFormat outputFormat) {
    this.config = config;
    this.inputs = inputs == null || inputs.isEmpty() ? List.of(config.input()) : List.copyOf(inputs);
    this.outputFormat = outputFormat == null ? OutputFormat.JSONL : outputFormat;
    this.field = FieldPath.parse(config.field());
    this.idField = config.idField() == null ? null : FieldPath.parse(config.idField());
    for (CheckSpec spec : config.checks()) {
      Check c = CheckRegistry.create(spec.name(), spec.params());
      if (spec.action() == Action.REDACT && c instanceof DatasetCheck) {
        throw new AssayInputException("check '" + spec.name() + "': action redact needs a record check");
      }
      steps.add(new Step(c, spec.action()));
    }
  }

  /**
   * Runs the pipeline; {@code arguments} go to the manifest as given. The pipeline's {@code
   * embedding_cache} applies during the run unless the process already chose one (the CLI's
   * {@code --embedding-cache}).
   */
  public QaResult run(List<String> arguments, Progress progress) {
    java.util.Optional<String> before = EmbeddingCache.configured();
    boolean scoped = config.embeddingCache() != null && before.isEmpty();
    if (scoped) {
      EmbeddingCache.configure(config.embeddingCache());
    }
    try {
      return runWithCache(arguments, progress);
    } finally {
      if (scoped) {
        EmbeddingCache.configure(null);
      }
    }
  }

  private QaResult runWithCache(List<String> arguments, Progress progress) {
    CachingEmbedder.Stats cacheBefore = EmbeddingCache.totals();
    InputSet input = InputSet.expand(inputs);
    String format = config.format();
    FieldProbe.require(input, format, "field", config.field());
    Path out = Path.of(config.out());
    ManifestBuilder manifest = RunManifest.builder("qa", arguments);
    for (Step s : steps) {
      Map<String, Object> cfg = new LinkedHashMap<>(CheckRegistry.configOf(s.check()));
      cfg.put("action", s.action().name().toLowerCase(java.util.Locale.ROOT));
      manifest.component("check", s.check().name(), cfg);
    }
    manifest.component("pipeline", "qa", Map.of("field", config.field(), "threads", config.effectiveThreads()));
    QaReport report = new QaReport(steps.stream().map(s -> s.check().name()).distinct().toList());

    InputSetReader[] locator = new InputSetReader[1];
    Map<Long, List<Finding>> datasetFindings = new HashMap<>();
    Map<Long, List<Finding>> pass1Rejects = new HashMap<>();
    boolean twoPass = steps.stream().anyMatch(s -> s.check() instanceof DatasetCheck);
    Map<String, Long> timings = new LinkedHashMap<>();
    if (twoPass) {
      long t = System.nanoTime();
      locator[0] = firstPass(input, format, progress, datasetFindings, pass1Rejects, report);
      timings.put("pass1_dataset_checks_ms", (System.nanoTime() - t) / 1_000_000);
    }

    long t2 = System.nanoTime();
    long[] n = new long[3];
    ReadSummary summary;
    Path kept = out.resolve(outputFormat.fileName("kept"));
    Path rejected = out.resolve(outputFormat.fileName("rejected"));
    Path quarantined = out.resolve("quarantine.jsonl");
    AtomicLong bytes = new AtomicLong();
    long size = input.size();
    List<ReadSummary> shards;
    try (InputSetReader reader = input.open(format, bytes);
        DatasetWriter keptOut = outputFormat.writer(kept);
        DatasetWriter rejectedOut = outputFormat.writer(rejected);
        DatasetWriter quarantineOut = OutputFormat.JSONL.writer(quarantined)) {
      where = locator[0] == null ? reader : locator[0];
      OrderedParallel.run(
          reader,
          config.effectiveThreads(),
          BATCH,
          r -> evaluate(r, pass1Rejects, datasetFindings, twoPass ? Mode.AFTER_PASS1 : Mode.SINGLE),
          o -> {
            if (o.quarantine() != null) {
              quarantineOut.write(quarantineEntry(o));
              n[2]++;
              return;
            }
            account(o, report);
            if (!o.reasons().isEmpty()) {
              rejectedOut.write(rejectedEntry(o));
              n[1]++;
            } else if (o.rewritten() != null) {
              keptOut.write(o.rewritten());
              n[0]++;
            } else {
              keptOut.writeRaw(o.record().raw());
              n[0]++;
            }
          },
          seen -> {
            if (progress != null) {
              progress.update(twoPass ? 2 : 1, bytes.get(), size, seen);
            }
          });
      summary = reader.summary();
      shards = reader.summaries();
    }
    timings.put("apply_and_write_ms", (System.nanoTime() - t2) / 1_000_000);
    timings.forEach((k, v) -> manifest.timing(k.replace("_ms", ""), v));
    EmbeddingCache.location().ifPresent(file -> {
      CachingEmbedder.Stats now = EmbeddingCache.totals();
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("hits", now.hits() - cacheBefore.hits());
      c.put("computed", now.computed() - cacheBefore.computed());
      c.put("shared", now.shared() - cacheBefore.shared());
      manifest.component("embedding_cache", file.toString(), c);
    });

    QaReportFile reportFile =
        new QaReportFile(new QaReportFile.Counts(summary.records(), n[0], n[1], n[2]), report.toContract(), timings);
    RunFileKind.QA_REPORT.contract(QaReportFile.class).write(out.resolve(RunFileKind.QA_REPORT.fileName()), reportFile);

    for (int i = 0; i < input.files().size(); i++) {
      Path f = input.files().get(i);
      long records = i < shards.size() ? shards.get(i).records() : 0;
      manifest.input(f, input.formatOf(f, format), records, Sha256.of(f));
    }
    manifest.output("kept", kept, outputFormat.formatName(), n[0]);
    manifest.output("rejected", rejected, outputFormat.formatName(), n[1]);
    manifest.output("quarantine", quarantined, "jsonl", n[2]);
    manifest.count("records_in", summary.records());
    manifest.count("kept", n[0]);
    manifest.count("rejected", n[1]);
    manifest.count("quarantined", n[2]);
    manifest.count("blank_lines", summary.blankLines());
    if (summary.truncated()) {
      manifest.warning(summary.truncation());
    }
    RunManifest m = manifest.build(n[1] + n[2] == 0 && !summary.truncated() ? dev.assay.core.run.RunStatus.OK : dev.assay.core.run.RunStatus.DATA_REJECTED);
    ManifestWriter.write(m, out.resolve("manifest.json"));
    return new QaResult(summary.records(), n[0], n[1], n[2], reportFile, m);
  }

  /** Receives progress: pass (1 or 2), stored bytes read, file size, records read in this pass. */
  @FunctionalInterface
  public interface Progress {
    void update(int pass, long bytesDone, long bytesTotal, long records);
  }

  private InputSetReader firstPass(
      InputSet input,
      String format,
      Progress progress,
      Map<Long, List<Finding>> datasetFindings,
      Map<Long, List<Finding>> pass1Rejects,
      QaReport report) {
    List<DatasetCheck.Session> sessions = new ArrayList<>();
    List<Step> datasetSteps = new ArrayList<>();
    for (Step s : steps) {
      if (s.check() instanceof DatasetCheck d) {
        sessions.add(d.start());
        datasetSteps.add(s);
      }
    }
    AtomicLong bytes = new AtomicLong();
    long size = input.size();
    InputSetReader located;
    try (InputSetReader reader = input.open(format, bytes)) {
      located = reader;
      OrderedParallel.run(
          reader,
          config.effectiveThreads(),
          BATCH,
          r -> evaluate(r, Map.of(), Map.of(), Mode.PASS1),
          o -> {
            if (o.quarantine() != null) {
              return;
            }
            if (!o.reasons().isEmpty()) {
              pass1Rejects.put(o.record().key(), o.reasons());
              return;
            }
            QaRecord q = qaRecord(o.record());
            for (DatasetCheck.Session s : sessions) {
              s.observe(q);
            }
          },
          seen -> {
            if (progress != null) {
              progress.update(1, bytes.get(), size, seen);
            }
          });
    }
    for (int i = 0; i < sessions.size(); i++) {
      for (Map.Entry<Long, Finding> e : sessions.get(i).findings().entrySet()) {
        datasetFindings.computeIfAbsent(e.getKey(), k -> new ArrayList<>(1)).add(e.getValue());
      }
      report.extra(datasetSteps.get(i).check().name(), sessions.get(i).report());
    }
    return located;
  }

  /** Which checks {@link #evaluate} runs. */
  private enum Mode {
    /** One-pass pipeline: every record check. */
    SINGLE,
    /** Pass 1 of two: the record checks decide rejections; nothing is written. */
    PASS1,
    /** Pass 2 of two: pass-1 rejections are reused; every check runs and everything is applied. */
    AFTER_PASS1
  }

  /**
   * Judges one record. Records rejected in pass 1 keep those reasons; the rest get the checks the
   * mode calls for, then the dataset findings.
   */
  private Outcome evaluate(
      InputRecord r, Map<Long, List<Finding>> pass1Rejects, Map<Long, List<Finding>> datasetFindings, Mode mode) {
    boolean apply = mode != Mode.PASS1;
    String problem = field.textProblem(r);
    if (problem != null) {
      return new Outcome(r, problem, List.of(), List.of(), null);
    }
    List<Finding> prior = pass1Rejects.get(r.key());
    if (prior != null) {
      return new Outcome(r, null, prior, List.of(), null);
    }
    QaRecord q = qaRecord(r);
    String text = q.text();
    List<Finding> reasons = new ArrayList<>(0);
    List<Finding> tags = new ArrayList<>(0);
    boolean redacted = false;
    for (Step s : steps) {
      if (!(s.check() instanceof RecordCheck rc)) {
        continue;
      }
      if (mode == Mode.PASS1 && s.action() == Action.KEEP) {
        continue;
      }
      // Checks see the text as edited by the checks before them (C4 line removal, PII redaction).
      var verdict = rc.check(text.equals(q.text()) ? q : new QaRecord(q.line(), q.id(), q.value(), text));
      if (s.action() != Action.KEEP && verdict.redactedText() != null && !verdict.redactedText().equals(text)) {
        text = verdict.redactedText();
        redacted = true;
      }
      if (verdict.passed()) {
        continue;
      }
      switch (s.action()) {
        case REJECT -> reasons.addAll(verdict.findings());
        case TAG, KEEP, REDACT -> tags.addAll(verdict.findings());
      }
    }
    if (apply) {
      for (Finding f : datasetFindings.getOrDefault(r.key(), List.of())) {
        Action a = actionOf(f.check());
        if (a == Action.REJECT) {
          reasons.add(f);
        } else {
          tags.add(f);
        }
      }
    }
    ObjectNode rewritten = null;
    if (apply && reasons.isEmpty()) {
      List<Finding> visible = tags.stream().filter(f -> actionOf(f.check()) != Action.KEEP).toList();
      if (redacted || !visible.isEmpty()) {
        rewritten = ((ObjectNode) r.value()).deepCopy();
        if (redacted) {
          field.set(rewritten, text);
        }
        if (!visible.isEmpty()) {
          rewritten.set("assay_tags", Json.MAPPER.valueToTree(visible.stream().map(f -> reason(f, where)).toList()));
        }
      }
    }
    return new Outcome(r, null, reasons, tags, rewritten);
  }

  private Action actionOf(String checkName) {
    for (Step s : steps) {
      if (s.check().name().equals(checkName)) {
        return s.action();
      }
    }
    return Action.REJECT;
  }

  private QaRecord qaRecord(InputRecord r) {
    String text = field.text(r.value());
    String id = null;
    if (idField != null) {
      JsonNode idv = idField.find(r.value());
      id = idv == null ? null : idv.asString();
    }
    long index = r.index() > 0 ? r.index() : r.line();
    return new QaRecord(r.key(), id == null ? String.valueOf(index) : id, r.value(), text == null ? "" : text);
  }

  private void account(Outcome o, QaReport report) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Finding f : o.reasons()) {
      report.add(f);
      if (seen.add(f.check())) {
        report.flagged(f.check(), Action.REJECT);
      }
    }
    for (Finding f : o.tags()) {
      report.add(f);
      if (seen.add(f.check())) {
        report.flagged(f.check(), actionOf(f.check()));
      }
    }
  }

  private static Map<String, Object> reason(Finding f, InputSetReader where) {
    // where is null only when no dataset check ran, and then no finding names a duplicate
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("check", f.check());
    m.put("rule", f.rule());
    m.put("value", Double.isFinite(f.value()) ? f.value() : null);
    m.put("threshold", Double.isFinite(f.threshold()) ? f.threshold() : null);
    if (f.detail() != null) {
      m.put("detail", f.detail());
    }
    if (f.duplicateOf() > 0) {
      InputSetReader.Location at = where.locate(f.duplicateOf());
      m.put("duplicate_of", at.record());
      m.put("duplicate_of_file", at.file());
    }
    return m;
  }

  private ObjectNode rejectedEntry(Outcome o) {
    ObjectNode rec = ((ObjectNode) o.record().value()).deepCopy();
    rec.set("reasons", Json.MAPPER.valueToTree(o.reasons().stream().map(f -> reason(f, where)).toList()));
    o.reasons().stream()
        .filter(f -> f.duplicateOf() > 0)
        .findFirst()
        .ifPresent(f -> {
          InputSetReader.Location at = where.locate(f.duplicateOf());
          rec.put("duplicate_of", at.record());
          rec.put("duplicate_of_file", at.file());
        });
    rec.put("source_file", o.record().source());
    rec.put("source_record", o.record().index());
    rec.put("source_line", o.record().line());
    return rec;
  }

  private static ObjectNode quarantineEntry(Outcome o) {
    return dev.assay.core.validate.QuarantineEntry.of(o.record(), List.of(o.quarantine()));
  }


}
