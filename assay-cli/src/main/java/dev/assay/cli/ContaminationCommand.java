package dev.assay.cli;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.EmbeddingException;
import dev.assay.models.embed.Embedders;
import dev.assay.quality.contamination.ContaminationCheck;
import dev.assay.quality.contamination.ContaminationScan;
import dev.assay.quality.contamination.ContaminationScanOptions;
import dev.assay.quality.contamination.ContaminationScanResult;
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
 * {@code assay contamination}: flags training rows that leak benchmark items (word n-gram overlap,
 * optionally embedding cosine). The work is in {@link ContaminationScan}.
 *
 * <pre>{@code
 * ./assay contamination --benchmark ../shared/data/mt_bench/question.jsonl:turns \
 *     --benchmark annotations.json.gz:instruction --field instruction --out out/ train.jsonl
 * }</pre>
 */
@Command(
    name = "contamination",
    mixinStandardHelpOptions = true,
    description = {
      "Flag training rows that leak benchmark items (train/eval contamination).",
      "Texts are lower-cased, punctuation and symbols deleted, split on whitespace (GPT-3 /"
          + " lm-evaluation-harness); a row leaks an item when it contains at least --min-matches of"
          + " the item's distinct word n-grams and at least --threshold of them. Items shorter than"
          + " --ngram words (but at least --min-item-tokens) are matched whole. With --embedder, a"
          + " row also leaks items whose embedding cosine is at least --cosine.",
      "Writes <out>/flagged.jsonl (each row plus 'matches': benchmark, line, id, turn, method,"
          + " matched_ngrams, overlap, cosine, snippet), clean.jsonl, quarantine.jsonl (rows that"
          + " do not parse), report.json and manifest.json.",
      "Exit code 0 when no row leaks, 1 when some rows were flagged or quarantined, 2 on bad usage."
    })
public final class ContaminationCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Option(
      names = "--benchmark",
      required = true,
      paramLabel = "FILE[:FIELD]",
      description = "A benchmark file (jsonl, json, csv, parquet; .gz ok) and its text field; repeatable."
          + " Without FIELD one of turns, instruction, prompt, question, input, text is used.")
  List<String> benchmarks;

  @Option(names = "--field", required = true, paramLabel = "FIELD", description = "Training text field (e.g. instruction, messages[0].content).")
  String field;

  @Parameters(arity = "1..*", paramLabel = "TRAIN",
      description = "Training data set: files, directories or globs (shards of one data set); .jsonl, .json, .csv,"
          + " .tsv or .parquet, optionally .gz.")
  List<String> inputs;

  private Path input;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--ngram", paramLabel = "N", description = "Words per n-gram (default: ${DEFAULT-VALUE}).")
  int ngram = 13;

  @Option(names = "--min-item-tokens", paramLabel = "N", description = "Shortest benchmark item matched whole when shorter than --ngram (default: ${DEFAULT-VALUE}).")
  int minItemTokens = 8;

  @Option(names = "--min-matches", paramLabel = "N", description = "Distinct item n-grams a row must contain (default: ${DEFAULT-VALUE}).")
  int minMatches = 1;

  @Option(names = "--threshold", paramLabel = "F", description = "Share (0..1) of an item's distinct n-grams a row must contain (default: ${DEFAULT-VALUE}: any).")
  double threshold = 0.0;

  @Option(names = "--embedder", paramLabel = "SPEC", description = "Also compare embeddings: minilm, minilm-q or a path to an .onnx model (default: off).")
  String embedder;

  @Option(names = "--cosine", paramLabel = "C", description = "Embedding cosine at or above which a row leaks an item (default: ${DEFAULT-VALUE}).")
  double cosine = 0.8;

  @Option(names = "--max-matches", paramLabel = "N", description = "Matches listed per flagged row (default: ${DEFAULT-VALUE}).")
  int maxMatches = 5;

  @Option(names = "--format", paramLabel = "FMT", description = "Training input format if the file name does not tell: jsonl, json, csv, parquet.")
  String format;

  @Mixin OutputMode output;

  @Override
  public Integer call() {
    ContaminationCheck check;
    try {
      check = new ContaminationCheck(benchmarks, ngram, minItemTokens, minMatches, threshold, embedder, cosine, maxMatches);
    } catch (IllegalArgumentException e) {
      throw new UsageError("contamination: " + e.getMessage().replace('_', '-'), e);
    }
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    input = Path.of(inputs.get(0));
    ContaminationScanOptions options = new ContaminationScanOptions(input, format, field, out, check, inputs);
    ContaminationScanResult r;
    if (check.usesEmbeddings()) {
      try (Embedder e = open(check.embedder())) {
        r = ContaminationScan.run(options, e, args);
      }
    } else {
      r = ContaminationScan.run(options, null, args);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("input", input.toString());
    summary.put("records_in", r.recordsIn());
    summary.put("flagged", r.flagged());
    summary.put("clean", r.clean());
    summary.put("quarantined", r.quarantined());
    summary.put("rows_without_field", r.withoutField());
    summary.put("blank_lines", r.blankLines());
    summary.put("out", out.toString());
    summary.put("status", r.manifest().status());
    output.report(
        summary,
        err -> {
          err.printf(
              "%s: %d records: %d flagged as leaking benchmark items, %d clean, %d quarantined -> %s%n",
              input, r.recordsIn(), r.flagged(), r.clean(), r.quarantined(), out);
          if (r.truncation() != null) {
            err.println("warning: " + r.truncation());
          }
        });
    return r.flagged() == 0 && r.quarantined() == 0 && r.truncation() == null ? ExitCode.OK : ExitCode.DATA_REJECTED;
  }

  /** Opens an embedder; a model that cannot be loaded is the user's to fix (exit 2). */
  static Embedder open(String spec) {
    try {
      return Embedders.open(spec);
    } catch (EmbeddingException e) {
      throw new UsageError("--embedder " + spec + ": " + e.getMessage(), e);
    }
  }
}
