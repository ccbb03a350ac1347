package dev.assay.report.source;

import dev.assay.report.chart.Bar;
import dev.assay.report.chart.Charts;
import dev.assay.report.chart.Stage;
import dev.assay.report.model.Block;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.summary.Counted;
import dev.assay.report.summary.QaSentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay qa} runs (and the QA step of {@code quickstart}): the funnel from records in to
 * records kept, why records were rejected, duplicate cluster sizes, PII found, and a table of the
 * checks. Reads {@code manifest.json}, {@code report.json} and {@code rejected.jsonl}.
 *
 * <pre>{@code
 * List<Section> s = new QaSource().contribution(Path.of("out/qa"), manifest).sections();
 * }</pre>
 */
public final class QaSource implements ReportSource {

  @Override
  public List<String> commands() {
    return List.of("qa");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    QaRun run = QaRun.read(runDir, manifest);
    return new Contribution(sections(run), summary(run));
  }

  private static List<Section> sections(QaRun run) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Charts.funnel("qa-funnel", "Records through the QA pipeline",
        run.kept() + " of " + run.recordsIn() + " records were kept; each bar is what remained after a check that rejects.",
        funnel(run)));
    if (!run.rejectReasons().isEmpty()) {
      blocks.add(Charts.bars("qa-reject-reasons", "Why records were rejected",
          "Rejected records per check and rule; a record flagged by several checks counts under each.", "Records",
          run.rejectReasons().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .map(e -> new Bar(e.getKey(), e.getValue())).toList()));
    }
    run.clusterSizes().forEach((check, sizes) -> blocks.add(sizes.isEmpty()
        ? new Paragraph("No duplicate clusters: " + check + " found none among " + Counted.of(run.recordsIn() - run.quarantined(), "records") + ".")
        : Charts.bars("qa-clusters-" + check.replace('_', '-'), "Duplicate cluster sizes (" + check + ")",
            "How many clusters of each size " + check + " found; every record in a cluster but the kept one was flagged.", "Clusters",
            sizes.entrySet().stream().map(e -> new Bar(e.getKey() + " records", e.getValue())).toList())));
    if (!run.pii().isEmpty()) {
      blocks.add(Charts.bars("qa-pii", "Personal data found", "Findings per PII type (a record can have several).", "Findings",
          run.pii().entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue())).toList()));
    }
    blocks.addAll(run.examples());
    blocks.add(checksTable(run));
    String intro = "Input " + run.input() + ": " + run.recordsIn() + " records, " + run.kept() + " kept, " + run.rejected()
        + " rejected, " + run.quarantined() + " quarantined (unreadable).";
    if (run.recordsIn() == 0) {
      blocks.add(new Paragraph("The input had no records."));
    }
    return List.of(new Section("qa", "Data quality (qa)", intro, blocks));
  }

  private static ExecutiveSummary summary(QaRun run) {
    return QaSentences.of(run.recordsIn(), run.kept(), run.rejected(), run.quarantined(),
        run.checks().stream().map(QaRun.Check::name).toList(), run.removedBy(), run.pii());
  }

  private static List<Stage> funnel(QaRun run) {
    List<Stage> stages = new ArrayList<>();
    stages.add(new Stage("Records in", run.recordsIn()));
    long left = run.recordsIn();
    if (run.quarantined() > 0) {
      left -= run.quarantined();
      stages.add(new Stage("Readable", left));
    }
    for (QaRun.Check c : run.checks()) {
      long removed = run.removedBy().getOrDefault(c.name(), 0L);
      if (c.rejects() || removed > 0) {
        left -= removed;
        stages.add(new Stage("After " + c.name(), left));
      }
    }
    long other = run.removedBy().getOrDefault(QaRun.OTHER, 0L);
    if (other > 0) {
      left -= other;
      stages.add(new Stage("After other rejections", left));
    }
    stages.add(new Stage("Kept", run.kept()));
    return stages;
  }

  private static Table checksTable(QaRun run) {
    List<List<Object>> rows = new ArrayList<>();
    for (QaRun.Check c : run.checks()) {
      JsonNode r = run.report().path("checks").path(c.name());
      Map<String, Long> byAction = new LinkedHashMap<>();
      r.path("by_action").properties().forEach(e -> byAction.put(e.getKey(), e.getValue().asLong()));
      List<String> rules = new ArrayList<>();
      r.path("rules").properties().forEach(e -> rules.add(e.getKey()));
      rows.add(List.of(c.name(), c.action(), RunFiles.count(r, "flagged", 0), run.removedBy().getOrDefault(c.name(), 0L),
          byAction.isEmpty() ? "" : byAction.toString().replaceAll("[{}]", ""), String.join(", ", rules)));
    }
    return new Table("qa_checks", "The checks, in pipeline order",
        List.of(Column.text("check", "Check"), Column.text("action", "Action"), Column.number("flagged", "Flagged", "", 0),
            Column.number("removed", "Removed here", "", 0), Column.text("by_action", "By action"), Column.text("rules", "Rules")),
        rows);
  }
}
