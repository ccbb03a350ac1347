package dev.assay.report.chart;

import static dev.assay.report.chart.ChartParts.obj;

import dev.assay.report.model.Chart;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lines over steps 1, 2, 3, ... (epochs), one per named series, for learning curves: value
 * {@code i} of a series is drawn at x = i + 1; NaN values are gaps. Used through
 * {@link Charts#lines}.
 *
 * <pre>{@code
 * Chart c = LineChart.build("loss", "Loss per epoch", "Validation loss stops falling after epoch 3.",
 *     "Epoch", "Loss", Map.of("train", new double[] {0.9, 0.6, 0.5}));
 * }</pre>
 */
final class LineChart {
  private LineChart() {}

  static Chart build(
      String id, String title, String caption, String xName, String yName, Map<String, double[]> seriesByName) {
    ChartParts.requireNonEmpty(id, seriesByName.keySet());
    int steps = 0;
    List<Object> series = new ArrayList<>();
    for (Map.Entry<String, double[]> e : seriesByName.entrySet()) {
      double[] values = e.getValue();
      steps = Math.max(steps, values.length);
      List<Object> points = new ArrayList<>();
      for (int i = 0; i < values.length; i++) {
        if (Double.isInfinite(values[i])) {
          throw new IllegalArgumentException("chart " + id + ": series " + e.getKey() + " has an infinite value");
        }
        points.add(java.util.Arrays.asList(i + 1, Double.isNaN(values[i]) ? null : values[i]));
      }
      series.add(obj("type", "line", "name", e.getKey(), "symbol", "circle", "symbolSize", 6,
          "lineStyle", obj("width", 2), "data", points));
    }
    Map<String, Object> x = ChartParts.valueAxis(xName);
    x.put("min", 1);
    x.put("max", Math.max(steps, 2));
    x.put("minInterval", 1);
    Map<String, Object> y = ChartParts.yValueAxis(yName);
    y.put("scale", true);
    Map<String, Object> option = ChartParts.base();
    option.put("tooltip", obj("trigger", "axis", "confine", true));
    option.put("legend", ChartParts.legend());
    option.put("grid", ChartParts.grid(true));
    option.put("xAxis", x);
    option.put("yAxis", y);
    option.put("series", series);
    return new Chart(id, Chart.Kind.LINE, title, caption, option, table(id, title, xName, seriesByName, steps));
  }

  /** One row per step: the step, then each series' value (null where it has none). */
  private static Table table(String id, String title, String xName, Map<String, double[]> byName, int steps) {
    List<String> names = List.copyOf(byName.keySet());
    double[] all = byName.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    int d = ChartParts.decimalsFor(all);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.number("step", xName, "", 0));
    List<String> columnNames = ChartTables.uniqueNames(names, java.util.Set.of("step"));
    for (int s = 0; s < names.size(); s++) {
      columns.add(Column.number(columnNames.get(s), names.get(s), "", d));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < steps; i++) {
      List<Object> row = new ArrayList<>();
      row.add(i + 1);
      for (String name : names) {
        double[] v = byName.get(name);
        row.add(i < v.length && !Double.isNaN(v[i]) ? v[i] : null);
      }
      rows.add(row);
    }
    return new Table(ChartParts.tableName(id), title, columns, rows);
  }
}
