package dev.assay.cli;

import dev.assay.core.config.ConfigLoader;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.pipeline.PipelineConfig;
import dev.assay.quality.pipeline.QaPipeline;
import dev.assay.quality.pipeline.QaResult;
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
 * {@code assay qa}: runs a declarative QA pipeline (YAML) over a data set.
 *
 * <pre>{@code
 * ./assay qa --config pipeline.yaml
 * ./assay qa --config pipeline.yaml --output-format parquet shards/ extra/part-*.jsonl.gz
 * ./assay qa --list-checks
 * }</pre>
 */
@Command(
    name = "qa",
    mixinStandardHelpOptions = true,
    description = {
      "Run a data-quality pipeline: ordered checks with actions (reject, tag, redact, keep).",
      "Writes <out>/kept.<fmt>, rejected.<fmt> (with reasons, source_file, source_record and, for duplicates,"
          + " duplicate_of and duplicate_of_file), quarantine.jsonl,"
          + " report.json and manifest.json; records_in = kept + rejected + quarantined.",
      "Exit code 0 when every record was kept, 1 when some were rejected or quarantined."
    })
public final class QaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Option(names = "--config", paramLabel = "FILE", description = "Pipeline YAML (input, field, out, checks; ${VAR} from the environment).")
  Path config;

  @Option(names = "--input", paramLabel = "FILE", description = "Data set to check (overrides the config's input).")
  Path input;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (overrides the config's out).")
  Path out;

  @Parameters(arity = "0..*", paramLabel = "INPUT",
      description = "Data set: files, directories or globs (shards of one data set); when given they replace"
          + " the config's input, its other settings stay.")
  List<String> inputs = List.of();

  @Mixin OutputFormatOption outputFormat;

  @Option(names = "--list-checks", description = "List the registered checks with their default parameters and exit.")
  boolean listChecks;

  @Mixin OutputMode output;

  @Mixin AutoReport report;

  @Override
  public Integer call() {
    if (listChecks) {
      Map<String, Object> all = new LinkedHashMap<>();
      CheckRegistry.all().forEach((name, type) -> {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("kind", DatasetCheck.class.isAssignableFrom(type) ? "dataset" : "record");
        c.put("defaults", CheckRegistry.configOf(CheckRegistry.create(name, null)));
        all.put(name, c);
      });
      output.result(all);
      return ExitCode.OK;
    }
    if (config == null) {
      throw new UsageError("qa needs --config pipeline.yaml [INPUT...] (or --list-checks)");
    }
    PipelineConfig loaded = ConfigLoader.load(config, PipelineConfig.class);
    PipelineConfig cfg =
        out == null && input == null
            ? loaded
            : new PipelineConfig(input == null ? loaded.input() : input.toString(), loaded.format(), loaded.field(), loaded.idField(),
                out == null ? loaded.out() : out.toString(), loaded.threads(), loaded.checks(), loaded.embeddingCache());
    QaResult result;
    try (ProgressReporter progress = ProgressReporter.bytes("qa", output.quiet())) {
      result = new QaPipeline(cfg, inputs, outputFormat.format()).run(
          List.of(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new)),
          (pass, done, total, records) -> progress.update(done, total, records));
    }
    QaResult r = result;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("records_in", r.recordsIn());
    summary.put("kept", r.kept());
    summary.put("rejected", r.rejected());
    summary.put("quarantined", r.quarantined());
    summary.put("out", cfg.out());
    summary.put("checks", dev.assay.core.run.RunJson.WRITER.valueToTree(r.report()).get("checks"));
    output.report(
        summary,
        err -> {
          err.printf("%s: %d records: %d kept, %d rejected, %d quarantined -> %s%n",
              inputs.isEmpty() ? cfg.input() : String.join(" ", inputs), r.recordsIn(), r.kept(), r.rejected(), r.quarantined(), cfg.out());
        });
    report.write(spec.commandLine().getErr(), Path.of(cfg.out()), output.quiet() || output.json());
    return r.rejected() + r.quarantined() == 0 ? ExitCode.OK : ExitCode.DATA_REJECTED;
  }
}
