package dev.assay.cli;

import dev.assay.core.io.Json;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.pipeline.Action;
import dev.assay.quality.pipeline.CheckSpec;
import dev.assay.quality.pipeline.PipelineConfig;
import dev.assay.quality.pipeline.QaPipeline;
import dev.assay.quality.pipeline.QaResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@code assay dedup}: exact, near (MinHash LSH) or semantic deduplication of one data set; a
 * one-check {@link QaPipeline}. The contract (machine-checked by {@code DedupCommandTest}):
 * {@code <out>/kept.jsonl} holds the kept records (bytes unchanged), {@code <out>/rejected.jsonl}
 * each duplicate with its original fields plus {@code duplicate_of} and {@code duplicate_of_file}
 * (the record index and file of the record kept in its place) and {@code reasons}; several files,
 * a directory or a glob are one data set; records that do not parse or lack the field
 * go to {@code quarantine.jsonl}; {@code report.json} and {@code manifest.json} say how, and
 * records_in = kept + rejected + quarantined.
 *
 * <pre>{@code
 * ./assay dedup --method minhash --field output --threshold 0.8 --ngram 5 --permutations 128 --out out/ train.jsonl
 * ./assay dedup --method exact --field text --param strip_punctuation=true --out out/ train.jsonl
 * }</pre>
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Remove exact, near (MinHash LSH) or semantic duplicates of a text field.",
      "Writes <out>/kept.<fmt>, <out>/rejected.<fmt> (each duplicate with its fields plus"
          + " duplicate_of and duplicate_of_file = the record index and file of the kept record,"
          + " source_file, source_record and reasons),"
          + " <out>/quarantine.jsonl (unparseable records, records without the field),"
          + " <out>/report.json and <out>/manifest.json.",
      "Exit code 0 when nothing was removed, 1 when duplicates were rejected or records quarantined,"
          + " 2 on bad usage."
    })
public final class DedupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  /** The dedup methods and the checks they run. */
  enum Method {
    MINHASH("minhash_dedup"),
    EXACT("exact_dedup"),
    SEMANTIC("semantic_dedup");

    final String check;

    Method(String check) {
      this.check = check;
    }
  }

  @Option(names = "--method", required = true, paramLabel = "METHOD",
      description = "minhash (near duplicates), exact (normalised text) or semantic (embeddings).")
  Method method;

  @Option(names = "--field", required = true, paramLabel = "FIELD",
      description = "The text field (dotted path such as messages[-1].content, or a JSON Pointer).")
  String field;

  @Option(names = "--threshold", paramLabel = "T",
      description = "Similarity threshold: Jaccard for minhash (default 0.8), cosine for semantic.")
  Double threshold;

  @Option(names = "--ngram", paramLabel = "N", description = "Shingle size for minhash (default 5).")
  Integer ngram;

  @Option(names = "--permutations", paramLabel = "P", description = "MinHash permutations (default 128).")
  Integer permutations;

  @Option(names = "--keep", paramLabel = "POLICY",
      description = "Which record of a duplicate group is kept: first (default), longest, highest_score.")
  String keep;

  @Option(names = "--score-field", paramLabel = "FIELD", description = "Numeric field for --keep highest_score.")
  String scoreField;

  @Option(names = "--param", paramLabel = "KEY=VALUE",
      description = "Any other check parameter (snake_case, value as JSON or text), e.g."
          + " shingle=char, verify=true, strip_punctuation=true. Repeatable; see 'assay qa --list-checks'.")
  List<String> params = List.of();

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--format", paramLabel = "FMT", description = "Input format if the file name does not tell: jsonl, json, csv, parquet.")
  String format;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
  Integer threads;

  @Mixin OutputMode output;

  @Mixin AutoReport report;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Data set: files, directories or globs (shards of one data set, duplicates found across"
          + " all of them); .jsonl, .json, .csv, .tsv or .parquet, optionally .gz.")
  List<String> inputs;

  @Mixin OutputFormatOption outputFormat;

  @Override
  public Integer call() {
    PipelineConfig cfg =
        new PipelineConfig(inputs.get(0), format, field, null, out.toString(), threads,
            List.of(new CheckSpec(checkName(), Action.REJECT, checkParams())));
    QaResult r;
    try (ProgressReporter progress = ProgressReporter.bytes("dedup", output.quiet())) {
      r = new QaPipeline(cfg, inputs, outputFormat.format()).run(
          List.of(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new)),
          (pass, done, total, records) -> progress.update(done, total, records));
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("method", method.name().toLowerCase(Locale.ROOT));
    summary.put("records_in", r.recordsIn());
    summary.put("kept", r.kept());
    summary.put("rejected", r.rejected());
    summary.put("quarantined", r.quarantined());
    summary.put("out", out.toString());
    output.report(
        summary,
        err -> {
          err.printf("%s: %d records: %d kept, %d duplicates rejected, %d quarantined -> %s%n",
              inputs.size() == 1 ? inputs.get(0) : inputs.get(0) + " (+" + (inputs.size() - 1) + " more)", r.recordsIn(), r.kept(), r.rejected(), r.quarantined(), out);
        });
    report.write(spec.commandLine().getErr(), out, output.quiet() || output.json());
    return r.rejected() + r.quarantined() == 0 ? ExitCode.OK : ExitCode.DATA_REJECTED;
  }

  private String checkName() {
    if (!CheckRegistry.all().containsKey(method.check)) {
      throw new UsageError(
          "--method " + method.name().toLowerCase(Locale.ROOT) + " needs the '" + method.check
              + "' check, which is not registered in this build (registered checks: "
              + String.join(", ", CheckRegistry.all().keySet()) + ")");
    }
    return method.check;
  }

  private ObjectNode checkParams() {
    ObjectNode p = Json.MAPPER.createObjectNode();
    if (method == Method.EXACT && (threshold != null || ngram != null || permutations != null)) {
      throw new UsageError("--threshold, --ngram and --permutations apply to --method minhash (or semantic), not exact");
    }
    if (method == Method.SEMANTIC && (ngram != null || permutations != null)) {
      throw new UsageError("--ngram and --permutations apply to --method minhash, not semantic");
    }
    if (threshold != null) {
      p.put("threshold", threshold);
    }
    if (ngram != null) {
      p.put("ngram", ngram);
    }
    if (permutations != null) {
      p.put("num_perm", permutations);
    }
    if (keep != null) {
      p.put("keep", keep);
    }
    if (scoreField != null) {
      p.put("score_field", scoreField);
    }
    if (threads != null && method == Method.MINHASH) {
      p.put("threads", threads);
    }
    for (String kv : params) {
      int eq = kv.indexOf('=');
      if (eq <= 0) {
        throw new UsageError("--param: expected KEY=VALUE, found '" + kv + "'");
      }
      p.set(kv.substring(0, eq).trim(), value(kv.substring(eq + 1).trim()));
    }
    return p;
  }

  private static JsonNode value(String text) {
    try {
      JsonNode v = text.isEmpty() ? null : Json.MAPPER.readTree(text);
      return v == null || v.isMissingNode() ? StringNode.valueOf(text) : v;
    } catch (JacksonException e) {
      return StringNode.valueOf(text);
    }
  }
}
