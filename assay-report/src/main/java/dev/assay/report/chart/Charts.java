package dev.assay.report.chart;

import static dev.assay.report.chart.ChartParts.base;
import static dev.assay.report.chart.ChartParts.categoryAxis;
import static dev.assay.report.chart.ChartParts.chart;
import static dev.assay.report.chart.ChartParts.errorBars;
import static dev.assay.report.chart.ChartParts.grid;
import static dev.assay.report.chart.ChartParts.legend;
import static dev.assay.report.chart.ChartParts.obj;
import static dev.assay.report.chart.ChartParts.requireNonEmpty;
import static dev.assay.report.chart.ChartParts.valueAxis;
import static dev.assay.report.chart.ChartParts.yValueAxis;

import dev.assay.report.model.Chart;
import dev.assay.report.model.Chart.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builders for every chart a report draws. Each returns a {@link Chart} whose option is plain
 * JSON-ready data (maps, lists, strings, numbers, booleans: no JavaScript functions) for Apache
 * ECharts, and whose data table holds the numbers drawn, so the page can show it behind the chart
 * and the Markdown summary can print it. Titles are not put in the option: the page shows them.
 * Labelled charts run horizontally (labels on the left, in the order given, top to bottom) so
 * long model names never overlap. Values must be finite; an empty chart is refused.
 *
 * <pre>{@code
 * Chart c = Charts.winRates("win-rates", "Win rate against gpt4_turbo",
 *     "model-a wins 62% of prompts, clearly more than model-b.",
 *     List.of(new Estimate("model-a", 62.1, 58.0, 66.2), new Estimate("model-b", 48.3, 44.1, 52.5)));
 * }</pre>
 */
public final class Charts {
  private Charts() {}

  /**
   * Win rates in percent as bars with 95% CI whiskers and a dashed line at 50% (no difference);
   * see {@link #winRates(String, String, String, String, double, List)}.
   */
  public static Chart winRates(String id, String title, String caption, List<Estimate> rows) {
    return winRates(id, title, caption, "Win rate (%)", 50, rows);
  }

  /** Estimates as horizontal bars from zero with 95% CI whiskers; {@code valueName} names the axis. */
  public static Chart winRates(
      String id, String title, String caption, String valueName, List<Estimate> rows) {
    return winRates(id, title, caption, valueName, Double.NaN, rows);
  }

  /**
   * Estimates as horizontal bars from zero with 95% CI whiskers, and a dashed line at
   * {@code reference} (the value meaning "no difference", such as 50%; NaN for none).
   */
  public static Chart winRates(
      String id, String title, String caption, String valueName, double reference, List<Estimate> rows) {
    requireNonEmpty(id, rows);
    Map<String, Object> bars = obj("type", "bar", "name", valueName, "barWidth", "55%", "barMaxWidth", ChartParts.BAR_MAX_WIDTH,
        "itemStyle", obj("color", "#8fb8de"),
        "data", rows.stream().map(e -> (Object) e.value()).toList());
    if (!Double.isNaN(reference)) {
      ChartParts.requireFinite(id, reference);
      bars.put("name", valueName + " (dashed line: " + ChartParts.plain(reference) + ")");
      bars.put("markLine", obj("silent", true, "symbol", "none",
          "lineStyle", obj("type", "dashed", "color", "#555555", "width", 1.5),
          // no label of its own: it would sit on the axis' tick label of the same value
          "label", obj("show", false),
          "data", List.of(obj("xAxis", reference))));
    }
    Map<String, Object> option = base();
    option.put("grid", grid(false));
    option.put("xAxis", valueAxis(valueName));
    option.put("yAxis", categoryAxis(rows.stream().map(Estimate::label).toList(), true));
    option.put("series", List.of(bars, errorBars(rows, true)));
    return chart(id, Kind.WIN_RATES, title, caption, option, ChartTables.estimates(id, title, valueName, rows));
  }

  /** A forest plot of estimates on an axis named "Estimate"; see {@link #forest(String, String, String, String, List)}. */
  public static Chart forest(String id, String title, String caption, List<Estimate> rows) {
    return forest(id, title, caption, "Estimate", rows);
  }

  /** A horizontal forest plot: one point and 95% CI line per row, in the order given. */
  public static Chart forest(
      String id, String title, String caption, String valueName, List<Estimate> rows) {
    requireNonEmpty(id, rows);
    Map<String, Object> option = base();
    option.put("grid", grid(false));
    Map<String, Object> x = valueAxis(valueName);
    x.put("scale", true);
    option.put("xAxis", x);
    option.put("yAxis", categoryAxis(rows.stream().map(Estimate::label).toList(), true));
    List<Object> points = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      points.add(List.of(rows.get(i).value(), i));
    }
    option.put("series", List.of(
        errorBars(rows, true),
        obj("type", "scatter", "name", valueName, "symbolSize", 10, "z", 4, "data", points)));
    return chart(id, Kind.FOREST, title, caption, option, ChartTables.estimates(id, title, valueName, rows));
  }

  /** Box plots of scores per group; see {@link #distributions(String, String, String, String, Map)}. */
  public static Chart distributions(
      String id, String title, String caption, Map<String, double[]> samplesByGroup) {
    return distributions(id, title, caption, "Score", samplesByGroup);
  }

  /** One horizontal box plot per group (whiskers at minimum and maximum), groups in map order. */
  public static Chart distributions(
      String id, String title, String caption, String valueName, Map<String, double[]> samplesByGroup) {
    requireNonEmpty(id, samplesByGroup.keySet());
    List<String> groups = List.copyOf(samplesByGroup.keySet());
    List<BoxStats> stats = groups.stream().map(g -> BoxStats.of(samplesByGroup.get(g))).toList();
    Map<String, Object> option = base();
    option.put("grid", grid(false));
    Map<String, Object> x = valueAxis(valueName);
    x.put("scale", true);
    option.put("xAxis", x);
    option.put("yAxis", categoryAxis(groups, true));
    option.put("series", List.of(obj(
        "type", "boxplot", "name", valueName, "layout", "horizontal", "boxWidth", List.of(8, 36),
        "itemStyle", obj("color", "#cfe1f2", "borderColor", "#0072B2", "borderWidth", 1.5),
        "data", stats.stream().map(s -> (Object) List.of(s.min(), s.q1(), s.median(), s.q3(), s.max())).toList())));
    return chart(id, Kind.SCORE_DISTRIBUTION, title, caption, option,
        ChartTables.boxes(id, title, groups, stats));
  }

  /** A radar chart: one polygon per series over the same axes, each axis from 0 to {@code max}. */
  public static Chart radar(
      String id, String title, String caption, List<String> axes, Map<String, double[]> seriesByName,
      double max) {
    requireNonEmpty(id, axes);
    requireNonEmpty(id, seriesByName.keySet());
    ChartParts.requireFinite(id, max);
    List<Object> data = new ArrayList<>();
    seriesByName.forEach((name, values) -> {
      if (values.length != axes.size()) {
        throw new IllegalArgumentException(
            "chart " + id + ": series " + name + " has " + values.length + " values for " + axes.size() + " axes");
      }
      ChartParts.requireFinite(name, values);
      data.add(obj("name", name, "value", ChartTables.boxed(values)));
    });
    Map<String, Object> option = base();
    option.put("legend", legend());
    option.put("radar", obj(
        "indicator", axes.stream().map(a -> (Object) obj("name", a, "max", max)).toList(),
        "radius", "62%", "center", List.of("50%", "55%"),
        "axisName", obj("color", "#333333"),
        "splitLine", obj("lineStyle", obj("color", "#d9d9d9"))));
    option.put("series", List.of(obj(
        "type", "radar", "symbolSize", 5, "areaStyle", obj("opacity", 0.08), "data", data)));
    return chart(id, Kind.RADAR, title, caption, option, ChartTables.series(id, title, "series", "Series", axes, seriesByName));
  }

  /** A reliability diagram: observed frequency against mean predicted probability, with the diagonal. */
  public static Chart reliability(String id, String title, String caption, List<Bin> bins) {
    requireNonEmpty(id, bins);
    long most = 1;
    for (Bin b : bins) {
      if (b.meanPredicted() < 0 || b.meanPredicted() > 1 || b.observed() < 0 || b.observed() > 1) {
        throw new IllegalArgumentException("chart " + id + ": bin " + b + " lies outside 0..1");
      }
      most = Math.max(most, b.count());
    }
    List<Object> points = new ArrayList<>();
    for (Bin b : bins) {
      double size = 6 + 14 * Math.sqrt((double) b.count() / most);
      points.add(obj("value", List.of(b.meanPredicted(), b.observed()), "symbolSize", ChartParts.round(size, 1)));
    }
    Map<String, Object> option = base();
    option.put("legend", legend());
    option.put("grid", grid(true));
    option.put("xAxis", unitAxis(valueAxis("Mean predicted probability")));
    option.put("yAxis", unitAxis(yValueAxis("Observed frequency")));
    option.put("series", List.of(
        obj("type", "line", "name", "Perfectly calibrated", "data", List.of(List.of(0, 0), List.of(1, 1)),
            "symbol", "none", "silent", true, "color", "#7F7F7F",
            "lineStyle", obj("type", "dashed", "width", 1.5)),
        obj("type", "line", "name", "Observed", "symbol", "circle", "color", "#D55E00",
            "lineStyle", obj("width", 2), "data", points)));
    return chart(id, Kind.RELIABILITY, title, caption, option, ChartTables.bins(id, title, bins));
  }

  /** A heat map with values in the cells; decimals chosen from the values. */
  public static Chart heatmap(
      String id, String title, String caption, List<String> rowLabels, List<String> colLabels,
      double[][] values) {
    return HeatmapChart.build(id, title, caption, "", "", rowLabels, colLabels, values, -1);
  }

  /** A heat map with values in the cells shown with {@code decimals} decimals. */
  public static Chart heatmap(
      String id, String title, String caption, List<String> rowLabels, List<String> colLabels,
      double[][] values, int decimals) {
    return HeatmapChart.build(id, title, caption, "", "", rowLabels, colLabels, values, decimals);
  }

  /**
   * A heat map whose axes are named ({@code rowName} such as "Judge", {@code colName} such as
   * "Human"); {@code decimals} below zero means "chosen from the values".
   */
  public static Chart heatmap(
      String id, String title, String caption, String rowName, String colName, List<String> rowLabels,
      List<String> colLabels, double[][] values, int decimals) {
    return HeatmapChart.build(id, title, caption, rowName, colName, rowLabels, colLabels, values, decimals);
  }

  /** A scatter chart of labelled points (labels that would overlap are hidden, never the points). */
  public static Chart scatter(
      String id, String title, String caption, String xName, String yName, List<Point> points) {
    requireNonEmpty(id, points);
    Map<String, Object> x = valueAxis(xName);
    x.put("scale", true);
    Map<String, Object> y = yValueAxis(yName);
    y.put("scale", true);
    Map<String, Object> option = base();
    option.put("grid", grid(false));
    option.put("xAxis", x);
    option.put("yAxis", y);
    option.put("series", List.of(obj(
        "type", "scatter", "name", yName, "symbolSize", 10,
        "label", obj("show", true, "position", "right", "formatter", "{b}", "fontSize", 11, "color", "#333333"),
        "labelLayout", obj("hideOverlap", true),
        "data", points.stream().map(p -> (Object) obj("name", p.label(), "value", List.of(p.x(), p.y()))).toList())));
    return chart(id, Kind.SCATTER, title, caption, option, ChartTables.points(id, title, xName, yName, points));
  }

  /**
   * A QA funnel drawn as horizontal bars, each labelled with its count, its share of the first
   * stage and how many records it removed ("1,480 (98.7%, −16)").
   */
  public static Chart funnel(String id, String title, String caption, List<Stage> stages) {
    requireNonEmpty(id, stages);
    long first = stages.getFirst().count();
    List<Object> data = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < stages.size(); i++) {
      long count = stages.get(i).count();
      long removed = i == 0 ? 0 : stages.get(i - 1).count() - count;
      List<String> notes = new ArrayList<>();
      if (first > 0) {
        notes.add(String.format(Locale.ROOT, "%.1f%%", 100.0 * count / first));
      }
      if (removed > 0) {
        notes.add(String.format(Locale.ROOT, "\u2212%,d", removed));
      }
      String text = String.format(Locale.ROOT, "%,d", count) + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
      texts.add(text);
      data.add(obj("value", count, "label", obj("formatter", text)));
    }
    return chart(id, Kind.FUNNEL, title, caption,
        horizontalBars(stages.stream().map(Stage::name).toList(), "Records", data, texts, true),
        ChartTables.stages(id, title, stages));
  }

  /** Horizontal bars in the order given, each labelled with its value. */
  public static Chart bars(String id, String title, String caption, String valueName, List<Bar> bars) {
    requireNonEmpty(id, bars);
    int decimals = ChartParts.decimalsFor(bars.stream().mapToDouble(Bar::value).toArray());
    List<Object> data = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Bar b : bars) {
      String text = String.format(Locale.ROOT, "%,." + decimals + "f", b.value());
      texts.add(text);
      data.add(obj("value", b.value(), "label", obj("formatter", text)));
    }
    return chart(id, Kind.BAR, title, caption,
        horizontalBars(bars.stream().map(Bar::label).toList(), valueName, data, texts, decimals == 0),
        ChartTables.bars(id, title, valueName, bars, decimals));
  }

  /**
   * Line chart of series over steps 1, 2, 3, ... (epochs): value {@code i} of a series is drawn at
   * x = i + 1. NaN values are gaps.
   */
  public static Chart lines(
      String id, String title, String caption, String xName, String yName, Map<String, double[]> seriesByName) {
    return LineChart.build(id, title, caption, xName, yName, seriesByName);
  }

  /**
   * Bars whose value labels sit right of them: the plot leaves room for the longest label; an
   * axis of {@code whole} numbers (counts) has no fractional ticks.
   */
  private static Map<String, Object> horizontalBars(
      List<String> labels, String valueName, List<Object> data, List<String> valueTexts, boolean whole) {
    Map<String, Object> option = base();
    Map<String, Object> grid = grid(false);
    grid.put("right", 16 + 7 * valueTexts.stream().mapToInt(String::length).max().orElse(0));
    option.put("grid", grid);
    option.put("xAxis", whole ? ChartParts.countAxis(valueName) : valueAxis(valueName));
    option.put("yAxis", categoryAxis(labels, true));
    option.put("series", List.of(obj(
        "type", "bar", "name", valueName, "barWidth", "60%", "barMaxWidth", ChartParts.BAR_MAX_WIDTH,
        "itemStyle", obj("color", "#0072B2"),
        "label", obj("show", true, "position", "right", "color", "#333333"),
        "data", data)));
    return option;
  }

  private static Map<String, Object> unitAxis(Map<String, Object> axis) {
    axis.put("min", 0);
    axis.put("max", 1);
    return axis;
  }
}
