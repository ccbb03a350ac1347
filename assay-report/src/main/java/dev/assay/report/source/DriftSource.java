package dev.assay.report.source;

import dev.assay.report.chart.Bar;
import dev.assay.report.chart.Charts;
import dev.assay.report.model.Block;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.summary.DriftSentences;
import dev.assay.report.summary.FeatureShift;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay drift} runs: the population stability index per feature, and a table of every
 * feature with its means, test p-value and the run's verdict. Reads {@code report.json}.
 *
 * <pre>{@code
 * List<Section> s = new DriftSource().contribution(Path.of("out/drift"), manifest).sections();
 * }</pre>
 */
public final class DriftSource implements ReportSource {

  @Override
  public List<String> commands() {
    return List.of("drift");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    JsonNode r = RunFiles.contractTree(runDir, dev.assay.core.run.RunFileKind.DRIFT_REPORT);
    return new Contribution(sections(r), summary(r));
  }

  private static List<Section> sections(JsonNode r) {
    List<FeatureShift> features = features(r);
    List<Block> blocks = new ArrayList<>();
    List<Bar> psi = features.stream().filter(f -> Double.isFinite(f.psi())).map(f -> new Bar(f.feature(), f.psi())).toList();
    if (!psi.isEmpty()) {
      blocks.add(Charts.bars("drift-psi", "Drift per feature (PSI)",
          "Population stability index of each feature between the reference and the current data; above 0.1 is a moderate shift, above 0.25 a large one.",
          "PSI", psi));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (FeatureShift f : features) {
      List<Object> row = new ArrayList<>();
      row.add(f.feature());
      for (double v : new double[] {f.meanReference(), f.meanCurrent(), f.pValue(), f.psi()}) {
        row.add(Double.isFinite(v) ? v : null);
      }
      row.add(f.shifted());
      rows.add(row);
    }
    blocks.add(new Table("drift_features", "Every feature compared",
        List.of(Column.text("feature", "Feature"), Column.number("mean_reference", "Mean (reference)", "", 1),
            Column.number("mean_current", "Mean (current)", "", 1), Column.number("p_value", "p-value", "", 4), Column.number("psi", "PSI", "", 3),
            new Column("shifted", "Shifted", "boolean", "", 0)),
        rows));
    r.path("notes").forEach(n -> blocks.add(new Paragraph(n.asString())));
    String intro = "Reference " + r.path("reference").path("path").asString("?") + " (" + RunFiles.count(r.path("reference"), "records", 0)
        + " records) against current " + r.path("current").path("path").asString("?") + " (" + RunFiles.count(r.path("current"), "records", 0) + " records).";
    return List.of(new Section("drift", "Data drift (drift)", intro, blocks));
  }

  private static ExecutiveSummary summary(JsonNode r) {
    return DriftSentences.of(RunFiles.count(r.path("reference"), "with_text", RunFiles.count(r.path("reference"), "parsed", 0)),
        RunFiles.count(r.path("current"), "with_text", RunFiles.count(r.path("current"), "parsed", 0)), features(r),
        RunFiles.num(r.path("options"), "alpha"));
  }

  private static List<FeatureShift> features(JsonNode r) {
    List<FeatureShift> out = new ArrayList<>();
    for (JsonNode f : r.path("numeric")) {
      out.add(new FeatureShift(f.path("feature").asString(), RunFiles.num(f, "mean_reference"), RunFiles.num(f, "mean_current"),
          RunFiles.num(f, "p_value"), RunFiles.num(f, "psi"), f.path("shifted").asBoolean(false)));
    }
    for (String name : List.of("language", "embedding")) {
      JsonNode f = r.path(name);
      if (f.isObject()) {
        out.add(new FeatureShift(name, Double.NaN, Double.NaN, RunFiles.num(f, "p_value"), RunFiles.num(f, "psi"), f.path("shifted").asBoolean(false)));
      }
    }
    return out;
  }
}
