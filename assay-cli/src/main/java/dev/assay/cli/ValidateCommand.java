package dev.assay.cli;

import dev.assay.core.config.ConfigLoader;
import dev.assay.core.config.ValidateJob;
import dev.assay.core.schema.RecordSchema;
import dev.assay.core.validate.ValidateOptions;
import dev.assay.core.validate.ValidateResult;
import dev.assay.core.validate.Validation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay validate}: checks every record of a data set against a JSON Schema and splits it
 * into {@code valid.jsonl} and {@code quarantine.jsonl}, with a {@code manifest.json}.
 *
 * <pre>{@code
 * ./assay validate --schema openai-chat chats.jsonl.gz --out out/
 * }</pre>
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Validate a data set against a JSON Schema (draft 2020-12).",
      "Writes <out>/valid.<fmt> (valid records, bytes unchanged for JSON Lines), <out>/quarantine.jsonl (one object"
          + " per rejected record: source, line, record, error, errors, raw or raw_base64) and"
          + " <out>/manifest.json. Blank lines are counted, not records.",
      "Exit code 0 when all records are valid, 1 when some were quarantined, 2 on bad usage."
    })
public final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A YAML job file (input, schema, out, format, threads; ${VAR} from the environment)."
          + " Command-line options override it.")
  Path config;

  @Option(
      names = "--schema",
      paramLabel = "SCHEMA",
      description = "A schema file (.json or .yaml) or a built-in name: ${COMPLETION-CANDIDATES}.",
      completionCandidates = BuiltinSchemas.class)
  String schema;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Data set: files, directories or globs (shards of one data set); .jsonl, .json, .csv, .tsv or"
          + " .parquet, optionally .gz.")
  List<String> inputs = List.of();

  @Mixin OutputFormatOption outputFormat;

  private Path input;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", description = "Input format if the file name does not tell: jsonl, json, csv, parquet.")
  String format;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin OutputMode output;

  private boolean threadsGiven() {
    return spec.commandLine().getParseResult().hasMatchedOption("--threads");
  }

  /** Completion candidates: the built-in schema names. */
  static final class BuiltinSchemas implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return RecordSchema.BUILTIN.iterator();
    }
  }

  @Override
  public Integer call() {
    if (config != null) {
      ValidateJob job = ConfigLoader.load(config, ValidateJob.class);
      schema = schema != null ? schema : job.schema();
      inputs = !inputs.isEmpty() ? inputs : List.of(job.input());
      out = out != null ? out : Path.of(job.out());
      format = format != null ? format : job.format();
      if (!threadsGiven() && job.threads() != null && job.threads() > 0) {
        threads = job.threads();
      }
    }
    input = inputs.isEmpty() ? null : Path.of(inputs.get(0));
    if (schema == null || input == null || out == null) {
      throw new UsageError(
          "validate needs --schema, an INPUT and --out (on the command line or in --config)");
    }
    ValidateResult r;
    try (ProgressReporter progress = ProgressReporter.bytes("validate", output.quiet())) {
      r =
          new Validation(new ValidateOptions(input, format, schema, out, Math.max(1, threads), inputs, outputFormat.format()))
              .run(List.of(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new)), progress);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("input", inputs.size() == 1 ? inputs.get(0) : inputs);
    summary.put("schema", schema);
    summary.put("records_in", r.recordsIn());
    summary.put("valid", r.valid());
    summary.put("quarantined", r.quarantined());
    summary.put("blank_lines", r.blankLines());
    summary.put("truncated", r.truncation());
    summary.put("out", out.toString());
    summary.put("status", r.manifest().status());
    output.report(
        summary,
        err -> {
          err.printf(
              "%s: %d records: %d valid, %d quarantined (%d blank lines skipped) -> %s%n",
              input, r.recordsIn(), r.valid(), r.quarantined(), r.blankLines(), out);
          if (r.truncation() != null) {
            err.println("warning: " + r.truncation());
          }
        });
    return r.allValid() ? ExitCode.OK : ExitCode.DATA_REJECTED;
  }
}
