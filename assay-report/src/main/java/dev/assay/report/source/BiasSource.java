package dev.assay.report.source;

import dev.assay.report.chart.Bar;
import dev.assay.report.chart.Charts;
import dev.assay.report.model.Block;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.summary.BiasSentences;
import dev.assay.report.summary.GroupBias;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay bias} runs: subgroup, BPSN and BNSP AUC per identity group as a heat map (worst
 * group first), the false-positive rate per group, and the counterfactual template deltas. Reads
 * {@code report.json}.
 *
 * <pre>{@code
 * List<Section> s = new BiasSource().contribution(Path.of("out/bias"), manifest).sections();
 * }</pre>
 */
public final class BiasSource implements ReportSource {

  @Override
  public List<String> commands() {
    return List.of("bias");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    JsonNode r = RunFiles.contractTree(runDir, dev.assay.core.run.RunFileKind.BIAS_REPORT);
    return new Contribution(sections(r), summary(r));
  }

  private static List<Section> sections(JsonNode r) {
    List<GroupBias> groups = groups(r);
    List<Block> blocks = new ArrayList<>();
    List<GroupBias> measured = groups.stream().filter(g -> Double.isFinite(g.subgroupAuc()) && Double.isFinite(g.bpsnAuc())
        && Double.isFinite(g.bnspAuc())).toList();
    if (!measured.isEmpty()) {
      double[][] values = new double[measured.size()][];
      for (int i = 0; i < measured.size(); i++) {
        GroupBias g = measured.get(i);
        values[i] = new double[] {g.subgroupAuc(), g.bpsnAuc(), g.bnspAuc()};
      }
      blocks.add(Charts.heatmap("bias-auc", "AUC per identity group",
          "Worst group first; low BPSN AUC means harmless texts about the group score as toxic, low BNSP AUC that toxic ones slip through.",
          measured.stream().map(GroupBias::group).toList(), List.of("Subgroup AUC", "BPSN AUC", "BNSP AUC"), values, 3));
    }
    List<Bar> fpr = groups.stream().filter(g -> Double.isFinite(g.falsePositiveRate()))
        .map(g -> new Bar(g.group(), 100 * g.falsePositiveRate())).toList();
    if (!fpr.isEmpty()) {
      blocks.add(Charts.bars("bias-fpr", "False-positive rate per group",
          "Share of each group's non-toxic texts scored toxic at threshold " + RunFiles.num(r, "threshold") + ".", "False positives (%)", fpr));
    }
    List<Bar> cf = new ArrayList<>();
    for (JsonNode c : r.path("counterfactual_worst_first")) {
      double d = RunFiles.num(c, "mean_abs_delta");
      if (Double.isFinite(d)) {
        cf.add(new Bar(c.path("group").asString(), d));
      }
    }
    if (!cf.isEmpty()) {
      blocks.add(Charts.bars("bias-counterfactual", "Score change when identity terms are swapped",
          "Mean absolute change of the toxicity score when a template's identity term is replaced; 0 means the scorer ignores the group.",
          "Mean |change|", cf));
    }
    blocks.add(table(groups));
    String intro = "Scorer " + r.path("scorer").asString("?") + " on " + RunFiles.count(r, "records_used", 0)
        + " labelled records; overall AUC " + String.format(java.util.Locale.ROOT, "%.3f", RunFiles.num(r, "overall_auc")) + ".";
    return List.of(new Section("bias", "Identity bias (bias)", intro, blocks));
  }

  private static ExecutiveSummary summary(JsonNode r) {
    return BiasSentences.of(r.path("scorer").asString("?"), RunFiles.count(r, "records_used", 0), RunFiles.num(r, "overall_auc"),
        RunFiles.num(r, "final_score"), groups(r), RunFiles.num(r, "threshold"));
  }

  private static List<GroupBias> groups(JsonNode r) {
    List<GroupBias> out = new ArrayList<>();
    for (JsonNode g : r.path("groups_worst_first")) {
      out.add(new GroupBias(g.path("group").asString(), RunFiles.count(g, "size", 0), RunFiles.num(g, "subgroup_auc"),
          RunFiles.num(g, "bpsn_auc"), RunFiles.num(g, "bnsp_auc"), RunFiles.num(g, "false_positive_rate")));
    }
    return out;
  }

  private static Table table(List<GroupBias> groups) {
    List<List<Object>> rows = new ArrayList<>();
    for (GroupBias g : groups) {
      List<Object> row = new ArrayList<>();
      row.add(g.group());
      row.add(g.size());
      for (double v : new double[] {g.subgroupAuc(), g.bpsnAuc(), g.bnspAuc(), 100 * g.falsePositiveRate()}) {
        row.add(Double.isFinite(v) ? v : null);
      }
      rows.add(row);
    }
    return new Table("bias_groups", "Identity groups, worst first",
        List.of(Column.text("group", "Group"), Column.number("size", "Records", "", 0), Column.number("subgroup_auc", "Subgroup AUC"),
            Column.number("bpsn_auc", "BPSN AUC"), Column.number("bnsp_auc", "BNSP AUC"),
            Column.number("false_positive_rate", "False positives", "%", 1)),
        rows);
  }
}
