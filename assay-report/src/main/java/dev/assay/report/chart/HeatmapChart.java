package dev.assay.report.chart;

import static dev.assay.report.chart.ChartParts.obj;

import dev.assay.report.model.Chart;
import dev.assay.report.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A heat map (confusion matrix, agreement between raters): rows top to bottom in the order
 * given, columns left to right, each cell coloured by its value and labelled with it, and a
 * colour scale below. Used through {@link Charts#heatmap}.
 *
 * <pre>{@code
 * Chart c = HeatmapChart.build("confusion", "Judge vs human", "Most disagreements are ties.",
 *     "Judge", "Human", List.of("A", "B"), List.of("A", "B"), new double[][] {{40, 3}, {5, 52}}, -1);
 * }</pre>
 */
final class HeatmapChart {

  /** From white through light to dark blue: readable in greyscale print too. */
  private static final List<Object> SCALE = List.of("#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b");

  private HeatmapChart() {}

  /** The chart; {@code decimals} below zero means "chosen from the values". */
  static Chart build(
      String id, String title, String caption, String rowName, String colName, List<String> rowLabels,
      List<String> colLabels, double[][] values, int decimals) {
    ChartParts.requireNonEmpty(id, rowLabels);
    ChartParts.requireNonEmpty(id, colLabels);
    if (values.length != rowLabels.size()) {
      throw new IllegalArgumentException(
          "chart " + id + ": " + values.length + " rows of values for " + rowLabels.size() + " row labels");
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : values) {
      if (row.length != colLabels.size()) {
        throw new IllegalArgumentException(
            "chart " + id + ": a row has " + row.length + " values for " + colLabels.size() + " columns");
      }
      ChartParts.requireFinite(id, row);
      for (double v : row) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    int d = decimals >= 0 ? decimals
        : ChartParts.decimalsFor(java.util.Arrays.stream(values).flatMapToDouble(java.util.Arrays::stream).toArray());
    List<Object> cells = new ArrayList<>();
    for (int r = 0; r < values.length; r++) {
      for (int c = 0; c < values[r].length; c++) {
        cells.add(List.of(c, r, ChartParts.round(values[r][c], d)));
      }
    }
    Map<String, Object> option = ChartParts.base();
    double low = ChartParts.round(min, d);
    double high = ChartParts.round(max == min ? min + 1 : max, d);
    option.put("grid", obj("left", rowName.isEmpty() ? 12 : 36, "right", 24, "top", 16,
        "bottom", colName.isEmpty() ? 56 : 80, "containLabel", true));
    option.put("xAxis", axis(colLabels, false, colName, 28));
    option.put("yAxis", axis(rowLabels, true, rowName, 0));
    option.put("visualMap", obj(
        "min", low, "max", high, "text", List.of(number(high, d), number(low, d)),
        "calculable", false, "orient", "horizontal", "left", "center", "bottom", 0, "itemWidth", 12,
        "itemHeight", 160, "precision", d, "inRange", obj("color", SCALE)));
    option.put("series", List.of(obj(
        "type", "heatmap", "name", "value",
        "label", obj("show", true, "fontSize", 12),
        "itemStyle", obj("borderColor", "#ffffff", "borderWidth", 1),
        "data", cells)));
    return new Chart(id, Chart.Kind.HEATMAP, title, caption, option, table(id, title, rowLabels, colLabels, values, d));
  }

  private static Map<String, Object> axis(List<String> labels, boolean inverse, String name, int nameGap) {
    Map<String, Object> axis = ChartParts.categoryAxis(labels, inverse);
    axis.put("splitArea", obj("show", false));
    axis.remove("axisTick");
    if (!name.isEmpty()) {
      axis.put("name", name);
      axis.put("nameLocation", "middle");
      axis.put("nameGap", nameGap == 0 ? 20 + Math.min(ChartParts.LABEL_WIDTH, 7 * longest(labels)) : nameGap);
      axis.put("nameTextStyle", obj("fontWeight", "bold"));
    }
    return axis;
  }

  private static int longest(List<String> labels) {
    return labels.stream().mapToInt(String::length).max().orElse(0);
  }

  private static String number(double v, int decimals) {
    return String.format(java.util.Locale.ROOT, "%,." + decimals + "f", v);
  }

  private static Table table(
      String id, String title, List<String> rowLabels, List<String> colLabels, double[][] values, int d) {
    List<Table.Column> columns = new ArrayList<>();
    columns.add(Table.Column.text("row", ""));
    List<String> names = ChartTables.uniqueNames(colLabels, java.util.Set.of("row"));
    for (int c = 0; c < colLabels.size(); c++) {
      columns.add(Table.Column.number(names.get(c), colLabels.get(c), "", d));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int r = 0; r < values.length; r++) {
      List<Object> row = new ArrayList<>();
      row.add(rowLabels.get(r));
      for (double v : values[r]) {
        row.add(v);
      }
      rows.add(row);
    }
    return new Table(ChartParts.tableName(id), title, columns, rows);
  }
}
