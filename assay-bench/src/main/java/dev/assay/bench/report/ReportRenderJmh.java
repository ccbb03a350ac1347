package dev.assay.bench.report;

import dev.assay.report.chart.Bar;
import dev.assay.report.chart.Charts;
import dev.assay.report.chart.Estimate;
import dev.assay.report.model.Block;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.render.HtmlReportRenderer;
import dev.assay.report.render.JsonReportRenderer;
import dev.assay.report.render.MarkdownReportRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of rendering one report (a per-prompt table of {@code rows} rows, a 50-model win-rate
 * chart and forest plot, a reject-reasons bar chart) to the self-contained HTML page (ECharts
 * inlined), to Markdown and to JSON: what every command pays at its end for its automatic report.
 *
 * <pre>{@code
 * ./mvnw -q -o -pl assay-bench -am package -DskipTests
 * java -cp 'assay-bench/target/classes:assay-bench/target/lib/*' org.openjdk.jmh.Main ReportRenderJmh
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportRenderJmh {
  @Param({"200", "2000"})
  public int rows;

  private Report report;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(7);
    List<List<Object>> cells = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      cells.add(List.of("prompt-" + i, rnd.nextBoolean() ? "model-a" : "model-b", rnd.nextDouble()));
    }
    Table perPrompt = new Table("judgments", "One row per judged prompt",
        List.of(Column.text("id", "Prompt"), Column.text("winner", "Winner"), Column.number("margin", "Margin")), cells);
    List<Estimate> models = new ArrayList<>();
    for (int m = 0; m < 50; m++) {
      double v = 20 + 60 * rnd.nextDouble();
      models.add(new Estimate("model-" + m, v, v - 4, v + 4));
    }
    List<Bar> reasons = new ArrayList<>();
    for (int k = 0; k < 12; k++) {
      reasons.add(new Bar("check_" + k, 1 + rnd.nextInt(500)));
    }
    List<Block> blocks = List.of(
        Charts.winRates("win", "Win rates", "Each model against the baseline.", models),
        Charts.forest("bt", "Bradley-Terry", "Ratings with 95% intervals.", models),
        Charts.bars("why", "Reject reasons", "Records per reason.", "Records", reasons),
        perPrompt);
    report = new Report("Benchmark report", ExecutiveSummary.empty(),
        List.of(new Section("s", "Results", "", blocks)), List.of(), "2026-11-25T00:00:00Z");
  }

  @Benchmark
  public int html() {
    return new HtmlReportRenderer().render(report).length();
  }

  @Benchmark
  public int markdown() {
    return new MarkdownReportRenderer().render(report).length();
  }

  @Benchmark
  public int json() {
    return new JsonReportRenderer().render(report).length();
  }
}
