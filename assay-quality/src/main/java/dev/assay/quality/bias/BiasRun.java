package dev.assay.quality.bias;

import dev.assay.core.format.FieldPath;
import dev.assay.core.format.Fields;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputFiles;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.validate.QuarantineEntry;
import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.stats.fairness.BiasReport;
import dev.assay.stats.fairness.CounterfactualDelta;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay bias}: audits a toxicity scorer for identity bias on a labelled data set. Each record
 * has a text and a label (0/1, or a rater fraction binarised at 0.5 as in the Jigsaw competition);
 * group membership comes from the record's {@code groups} list when present, else from the
 * groups' terms in the text. Writes {@code report.json} (overall AUC, per-group subgroup / BPSN /
 * BNSP AUC and false-positive rate, worst group first, their power means and the competition's final
 * score; counterfactual score changes on the templates, worst first), {@code quarantine.jsonl}
 * and {@code manifest.json}.
 *
 * <pre>{@code
 * BiasRun.Result r = BiasRun.run(new BiasRun.Options(in, "text", "label", "toxicity", 0.5, out), groups, scorer, args);
 * }</pre>
 */
public final class BiasRun {
  private static final int BATCH = 64;

  private BiasRun() {}

  /** What to read and how to judge it. */
  public record Options(Path input, String textField, String labelField, String scoreLabel, double threshold, Path out) {}

  /** The report and counts. */
  public record Result(long recordsIn, long used, long quarantined, BiasReport report, List<CounterfactualDelta> counterfactual, RunManifest manifest) {}

  public static Result run(Options o, IdentityGroups groups, ToxicityScorer scorer, List<String> args) {
    InputFiles.checkReadable(o.input());
    FieldPath text = FieldPath.parse(o.textField());
    FieldPath label = FieldPath.parse(o.labelField());
    List<String> texts = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    List<Set<String>> members = new ArrayList<>();
    long quarantined = 0;
    long recordsIn;
    try (DatasetReader reader = Datasets.open(o.input());
        JsonlWriter quarantine = new JsonlWriter(o.out().resolve("quarantine.jsonl"))) {
      for (InputRecord r; (r = reader.next()) != null; ) {
        String problem = problem(r, text, label, o);
        if (problem != null) {
          quarantine.write(QuarantineEntry.of(r, List.of(problem)));
          quarantined++;
          continue;
        }
        String t = text.text(r.value());
        texts.add(t);
        labels.add(label.find(r.value()).asDouble());
        members.add(explicitGroups(r.value()).orElseGet(() -> groups.groupsOf(t)));
      }
      recordsIn = reader.summary().records();
    }
    if (texts.isEmpty()) {
      throw new dev.assay.core.AssayInputException(o.input() + ": no usable records (see quarantine.jsonl)");
    }
    double[] scores = scores(scorer, texts, o.scoreLabel());
    int[] y = dev.assay.stats.fairness.Binarize.labels(labels.stream().mapToDouble(Double::doubleValue).toArray());
    Map<String, boolean[]> byGroup = new LinkedHashMap<>();
    for (String g : groups.groups().keySet()) {
      boolean[] m = new boolean[texts.size()];
      boolean any = false;
      for (int i = 0; i < m.length; i++) {
        m[i] = members.get(i).contains(g);
        any |= m[i];
      }
      if (any) {
        byGroup.put(g, m);
      }
    }
    for (Set<String> s : members) {
      for (String g : s) {
        if (!groups.groups().containsKey(g) && !byGroup.containsKey(g)) {
          boolean[] m = new boolean[texts.size()];
          for (int i = 0; i < m.length; i++) {
            m[i] = members.get(i).contains(g);
          }
          byGroup.put(g, m);
        }
      }
    }
    BiasReport report = BiasReport.of(y, scores, byGroup, o.threshold());
    List<CounterfactualDelta> cf = counterfactuals(groups, scorer, o.scoreLabel());

    ManifestBuilder manifest = RunManifest.builder("bias", args);
    manifest.component("toxicity_scorer", scorer.name(), Map.copyOf(scorer.info()));
    manifest.component("groups", "identity_groups", Map.of("groups", groups.groups().keySet().stream().toList(), "templates", groups.templates().size()));
    manifest.component("options", "bias", Map.of("text_field", o.textField(), "label_field", o.labelField(), "score_label", o.scoreLabel(), "threshold", o.threshold()));
    manifest.input(o.input(), InputFiles.formatOf(o.input()), recordsIn);
    manifest.count("records_in", recordsIn);
    manifest.count("used", texts.size());
    manifest.count("quarantined", quarantined);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scorer", scorer.name());
    json.put("score_label", o.scoreLabel());
    json.put("records_used", texts.size());
    json.put("overall_auc", report.overallAuc());
    json.put("final_score", report.finalScore());
    json.put("power_means", Map.of("subgroup_auc", report.subgroupPowerMean(), "bpsn_auc", report.bpsnPowerMean(), "bnsp_auc", report.bnspPowerMean()));
    json.put("threshold", report.threshold());
    json.put("groups_worst_first", report.groups());
    json.put("counterfactual_worst_first", cf);
    json.put("notes", report.notes());
    dev.assay.core.run.RunFileKind.BIAS_REPORT.contract(dev.assay.core.run.BiasReportFile.class)
        .writeConformed(o.out().resolve("report.json"), dev.assay.core.run.RunJson.WRITER.valueToTree(json));
    manifest.output("report", o.out().resolve("report.json"), "json", report.groups().size());
    RunManifest m = manifest.build(quarantined == 0 ? dev.assay.core.run.RunStatus.OK : dev.assay.core.run.RunStatus.DATA_REJECTED);
    ManifestWriter.write(m, o.out().resolve("manifest.json"));
    return new Result(recordsIn, texts.size(), quarantined, report, cf, m);
  }

  private static String problem(InputRecord r, FieldPath text, FieldPath label, Options o) {
    String problem = text.textProblem(r);
    if (problem != null) {
      return problem;
    }
    JsonNode v = r.value();
    JsonNode l = label.find(v);
    if (l == null || !l.isNumber() || l.asDouble() < 0 || l.asDouble() > 1) {
      return r.location() + ": field '" + o.labelField() + "': expected 0/1 or a fraction in [0, 1], found " + Fields.describe(l);
    }
    return null;
  }

  private static java.util.Optional<Set<String>> explicitGroups(JsonNode v) {
    JsonNode g = v.get("groups");
    if (g == null || !g.isArray()) {
      return java.util.Optional.empty();
    }
    Set<String> out = new java.util.LinkedHashSet<>();
    g.forEach(n -> out.add(n.asString()));
    return java.util.Optional.of(out);
  }

  private static double[] scores(ToxicityScorer scorer, List<String> texts, String scoreLabel) {
    double[] out = new double[texts.size()];
    for (int from = 0; from < texts.size(); from += BATCH) {
      List<Map<String, Double>> s = scorer.score(texts.subList(from, Math.min(texts.size(), from + BATCH)));
      for (int i = 0; i < s.size(); i++) {
        Double v = s.get(i).get(scoreLabel);
        if (v == null) {
          throw new IllegalArgumentException(
              "scorer " + scorer.name() + " has no label '" + scoreLabel + "'; it has " + scorer.labels());
        }
        out[from + i] = v;
      }
    }
    return out;
  }

  /** Each template with {term} removed against the same template filled with each group's term. */
  private static List<CounterfactualDelta> counterfactuals(IdentityGroups groups, ToxicityScorer scorer, String scoreLabel) {
    if (groups.templates().isEmpty()) {
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    List<String> groupOf = new ArrayList<>();
    List<Integer> baseOf = new ArrayList<>();
    List<String> bases = new ArrayList<>();
    for (String t : groups.templates()) {
      bases.add(t.replace("{term} ", "").replace("{term}", ""));
      groups.counterfactuals(t).forEach((g, text) -> {
        texts.add(text);
        groupOf.add(g);
        baseOf.add(bases.size() - 1);
      });
    }
    double[] baseScores = scores(scorer, bases, scoreLabel);
    double[] variantScores = scores(scorer, texts, scoreLabel);
    double[] original = new double[texts.size()];
    for (int i = 0; i < texts.size(); i++) {
      original[i] = baseScores[baseOf.get(i)];
    }
    return CounterfactualDelta.of(original, variantScores, groupOf.toArray(String[]::new));
  }
}
