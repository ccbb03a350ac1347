package dev.assay.cli;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorers;
import dev.assay.quality.bias.BiasRun;
import dev.assay.quality.bias.IdentityGroups;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay bias}: identity-bias audit of a toxicity scorer (Jigsaw subgroup metrics and
 * counterfactual templates).
 *
 * <pre>{@code
 * ./assay bias --scorer embedded --data labelled.jsonl --groups groups.yaml --out out/bias
 * }</pre>
 */
@Command(
    name = "bias",
    mixinStandardHelpOptions = true,
    description = {
      "Audit a toxicity scorer for identity bias: subgroup, BPSN and BNSP AUC per group (worst first),"
          + " their power means and the Jigsaw final score, false-positive rate per group, and score"
          + " changes when templates swap identity terms.",
      "Data: JSONL with a text and a label (0/1 or a rater fraction); an optional \"groups\" list per"
          + " record overrides the term matching. Writes report.json, quarantine.jsonl, manifest.json."
    })
public final class BiasCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Option(names = "--scorer", paramLabel = "SPEC", description = "embedded (default), onnx:<model.onnx>, lexicon:<file>, or perspective.")
  String scorer = "embedded";

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "Labelled data set.")
  Path data;

  @Option(names = "--groups", paramLabel = "FILE", description = "Groups YAML (groups: name -> terms; templates with {term}); default: Assay's bundled lists.")
  Path groups;

  @Option(names = "--text-field", paramLabel = "FIELD", description = "Text field (default: ${DEFAULT-VALUE}).")
  String textField = "text";

  @Option(names = "--label-field", paramLabel = "FIELD", description = "Label field (default: ${DEFAULT-VALUE}).")
  String labelField = "label";

  @Option(names = "--score-label", paramLabel = "LABEL", description = "Scorer label audited (default: ${DEFAULT-VALUE}).")
  String scoreLabel = "toxicity";

  @Option(names = "--threshold", paramLabel = "P", description = "Threshold for false-positive rates (default: ${DEFAULT-VALUE}).")
  double threshold = 0.5;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Mixin OutputMode output;

  @Mixin AutoReport report;

  @Override
  public Integer call() {
    IdentityGroups g = groups == null ? IdentityGroups.defaults() : IdentityGroups.load(groups);
    ToxicityScorer s;
    try {
      s = ToxicityScorers.open(scorer);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
    BiasRun.Result r;
    try (s) {
      r = BiasRun.run(new BiasRun.Options(data, textField, labelField, scoreLabel, threshold, out), g, s,
          List.copyOf(spec.commandLine().getParseResult().originalArgs()));
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("records_in", r.recordsIn());
    summary.put("used", r.used());
    summary.put("quarantined", r.quarantined());
    summary.put("overall_auc", r.report().overallAuc());
    summary.put("final_score", r.report().finalScore());
    summary.put("worst_group", r.report().groups().isEmpty() ? null : r.report().groups().get(0).group());
    summary.put("out", out.toString());
    output.report(summary, err -> err.printf("%s: %d records used, overall AUC %.3f, final score %.3f, worst group %s -> %s%n",
        data, r.used(), r.report().overallAuc(), r.report().finalScore(), summary.get("worst_group"), out.resolve("report.json")));
    report.write(spec.commandLine().getErr(), out, output.quiet() || output.json());
    return r.quarantined() == 0 ? ExitCode.OK : ExitCode.DATA_REJECTED;
  }
}
