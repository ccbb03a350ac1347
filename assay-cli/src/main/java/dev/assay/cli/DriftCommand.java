package dev.assay.cli;

import dev.assay.models.embed.Embedder;
import dev.assay.quality.drift.DriftOptions;
import dev.assay.quality.drift.DriftReport;
import dev.assay.quality.drift.DriftRun;
import dev.assay.quality.language.LanguageDetector;
import dev.assay.quality.language.LanguageDetectors;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * {@code assay drift}: how a current data set differs from a reference one, feature by feature.
 * The work is in {@link DriftRun}.
 *
 * <pre>{@code
 * ./assay drift --field instruction --numeric score --out out/ last_month.jsonl this_month.jsonl
 * }</pre>
 */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = {
      "Compare a current data set with a reference: distribution shift per feature.",
      "Features: chars and words (text length), language (Lingua), embedding (MMD with a permutation"
          + " p-value, and k-means clusters on the pooled embeddings showing which topics appeared or"
          + " vanished, with example rows), plus every --numeric field. Numeric features use"
          + " Kolmogorov-Smirnov, PSI and Jensen-Shannon; a feature is shifted when its p-value is"
          + " below --alpha and its PSI at least --min-psi.",
      "Writes <out>/report.json, <out>/report.md (for people), <out>/quarantine.jsonl (rows that do"
          + " not parse) and <out>/manifest.json.",
      "Exit code 0 when nothing shifted, 1 when some feature shifted or rows were quarantined, 2 on"
          + " bad usage."
    })
public final class DriftCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Option(names = "--field", required = true, paramLabel = "FIELD", description = "Text field (e.g. instruction, messages[-1].content).")
  String field;

  @Option(
      names = "--features",
      split = ",",
      paramLabel = "F",
      description = "Text features to compare, comma-separated: chars, words, language, embedding (default: all).")
  List<String> features = DriftOptions.TEXT_FEATURES;

  @Option(names = "--numeric", split = ",", paramLabel = "FIELD", description = "Numeric fields to compare too; repeatable or comma-separated.")
  List<String> numeric = List.of();

  @Parameters(index = "0", paramLabel = "REFERENCE", description = "The reference data set.")
  Path reference;

  @Parameters(index = "1", paramLabel = "CURRENT", description = "The current data set.")
  Path current;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Option(names = "--embedder", paramLabel = "SPEC", description = "Embedding model: minilm, minilm-q or an .onnx path (default: ${DEFAULT-VALUE}).")
  String embedder = "minilm-q";

  @Option(names = "--clusters", paramLabel = "K", description = "k for k-means on the pooled embeddings (default: ${DEFAULT-VALUE}).")
  int clusters = 8;

  @Option(names = "--sample", paramLabel = "N", description = "Rows per side sampled for language, embeddings and clusters (default: ${DEFAULT-VALUE}).")
  int sample = 2000;

  @Option(names = "--bins", paramLabel = "N", description = "Reference-quantile bins for PSI and Jensen-Shannon (default: ${DEFAULT-VALUE}).")
  int bins = 10;

  @Option(names = "--alpha", paramLabel = "P", description = "Significance level (default: ${DEFAULT-VALUE}).")
  double alpha = 0.01;

  @Option(names = "--min-psi", paramLabel = "X", description = "Smallest PSI reported as a shift (default: ${DEFAULT-VALUE}).")
  double minPsi = 0.1;

  @Option(names = "--seed", paramLabel = "N", description = "Seed for sampling, k-means and permutations (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Mixin OutputMode output;

  @Mixin AutoReport report;

  @Override
  public Integer call() {
    DriftOptions d = DriftOptions.defaults(field);
    DriftOptions o;
    try {
      o = new DriftOptions(field, new LinkedHashSet<>(features), numeric, bins, alpha, minPsi, sample,
          d.mmdSampleSize(), d.permutations(), clusters, d.nearZeroShare(), d.examples(), seed);
    } catch (IllegalArgumentException e) {
      throw new UsageError("drift: " + e.getMessage().replace('_', '-'), e);
    }
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    LanguageDetector detector = o.has("language") ? LanguageDetectors.get("lingua", List.of(), true) : null;
    DriftRun.Result r;
    if (o.has("embedding")) {
      try (Embedder e = ContaminationCommand.open(embedder)) {
        r = DriftRun.run(reference, current, o, out, e, detector, args);
      }
    } else {
      r = DriftRun.run(reference, current, o, out, null, detector, args);
    }
    DriftReport rep = r.report();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("reference", reference.toString());
    summary.put("current", current.toString());
    summary.put("reference_records", rep.reference().get("records"));
    summary.put("current_records", rep.current().get("records"));
    summary.put("quarantined", r.quarantined());
    summary.put("shifted_features", rep.shiftedFeatures());
    summary.put("notes", rep.notes());
    summary.put("out", out.toString());
    output.report(
        summary,
        err -> {
          err.printf("%s -> %s: %s; report in %s%n", reference, current,
              rep.shifted() ? "shifted: " + String.join(", ", rep.shiftedFeatures()) : "no feature shifted", out.resolve("report.md"));
          rep.notes().forEach(n -> err.println("note: " + n));
        });
    report.write(spec.commandLine().getErr(), out, output.quiet() || output.json());
    return rep.shifted() || r.quarantined() > 0 ? ExitCode.DATA_REJECTED : ExitCode.OK;
  }
}
