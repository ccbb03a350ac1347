package dev.assay.report.chart;

import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The data tables behind charts: the numbers each chart draws, with units and decimals, as the
 * page shows them to screen readers and in print. Package-private: {@link Charts} uses them.
 *
 * <pre>{@code
 * Table t = ChartTables.estimates("win-rates", "Win rate", "Win rate (%)", rows);
 * }</pre>
 */
final class ChartTables {
  private ChartTables() {}

  static Table estimates(String id, String title, String valueName, List<Estimate> rows) {
    int d = ChartParts.decimalsFor(ChartParts.values(rows));
    List<List<Object>> data = rows.stream()
        .map(e -> List.<Object>of(e.label(), e.value(), e.low(), e.high()))
        .toList();
    return new Table(ChartParts.tableName(id), title,
        List.of(Column.text("label", "Name"),
            Column.number("value", valueName, "", d),
            Column.number("ci_low", "95% CI low", "", d),
            Column.number("ci_high", "95% CI high", "", d)),
        data);
  }

  static Table boxes(String id, String title, List<String> groups, List<BoxStats> stats) {
    double[] all = stats.stream()
        .flatMapToDouble(s -> java.util.stream.DoubleStream.of(s.min(), s.q1(), s.median(), s.q3(), s.max()))
        .toArray();
    int d = ChartParts.decimalsFor(all);
    List<List<Object>> data = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      BoxStats s = stats.get(i);
      data.add(List.of(groups.get(i), s.n(), s.min(), s.q1(), s.median(), s.q3(), s.max()));
    }
    return new Table(ChartParts.tableName(id), title,
        List.of(Column.text("group", "Group"), Column.number("n", "n", "", 0),
            Column.number("min", "Minimum", "", d), Column.number("q1", "First quartile", "", d),
            Column.number("median", "Median", "", d), Column.number("q3", "Third quartile", "", d),
            Column.number("max", "Maximum", "", d)),
        data);
  }

  /** One row per named series, one column per axis/step label. */
  static Table series(
      String id, String title, String keyName, String keyLabel, List<String> labels, Map<String, double[]> byName) {
    double[] all = byName.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
    int d = ChartParts.decimalsFor(all);
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(keyName, keyLabel));
    List<String> names = uniqueNames(labels, Set.of(keyName));
    for (int i = 0; i < labels.size(); i++) {
      columns.add(Column.number(names.get(i), labels.get(i), "", d));
    }
    List<List<Object>> data = new ArrayList<>();
    byName.forEach((name, values) -> {
      List<Object> row = new ArrayList<>();
      row.add(name);
      row.addAll(boxed(values));
      data.add(row);
    });
    return new Table(ChartParts.tableName(id), title, columns, data);
  }

  static Table bins(String id, String title, List<Bin> bins) {
    return new Table(ChartParts.tableName(id), title,
        List.of(Column.number("mean_predicted", "Mean predicted probability", "", 3),
            Column.number("observed", "Observed frequency", "", 3),
            Column.number("count", "Predictions", "", 0)),
        bins.stream().map(b -> List.<Object>of(b.meanPredicted(), b.observed(), b.count())).toList());
  }

  static Table points(String id, String title, String xName, String yName, List<Point> points) {
    int dx = ChartParts.decimalsFor(points.stream().mapToDouble(Point::x).toArray());
    int dy = ChartParts.decimalsFor(points.stream().mapToDouble(Point::y).toArray());
    return new Table(ChartParts.tableName(id), title,
        List.of(Column.text("label", "Name"), Column.number("x", xName, "", dx), Column.number("y", yName, "", dy)),
        points.stream().map(p -> List.<Object>of(p.label(), p.x(), p.y())).toList());
  }

  static Table stages(String id, String title, List<Stage> stages) {
    long first = stages.getFirst().count();
    return new Table(ChartParts.tableName(id), title,
        List.of(Column.text("stage", "Stage"), Column.number("records", "Records", "", 0),
            Column.number("share_of_input", "Share of input", "%", 1), Column.number("removed", "Removed", "", 0)),
        java.util.stream.IntStream.range(0, stages.size())
            .mapToObj(i -> List.<Object>of(stages.get(i).name(), stages.get(i).count(),
                first > 0 ? 100.0 * stages.get(i).count() / first : 0.0,
                i == 0 ? 0L : stages.get(i - 1).count() - stages.get(i).count()))
            .toList());
  }

  static Table bars(String id, String title, String valueName, List<Bar> bars, int decimals) {
    return new Table(ChartParts.tableName(id), title,
        List.of(Column.text("label", "Name"), Column.number("value", valueName, "", decimals)),
        bars.stream().map(b -> List.<Object>of(b.label(), b.value())).toList());
  }

  /** {@code values} as a list; NaN becomes null (a gap), since JSON has no NaN. */
  static List<Object> boxed(double[] values) {
    List<Object> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(Double.isNaN(v) ? null : v);
    }
    return out;
  }

  /** snake_case column names for labels, unique, and distinct from {@code taken}. */
  static List<String> uniqueNames(List<String> labels, Set<String> taken) {
    Set<String> used = new HashSet<>(taken);
    List<String> names = new ArrayList<>();
    for (String label : labels) {
      String base = ChartParts.tableName(label);
      String name = base;
      for (int k = 2; !used.add(name); k++) {
        name = base + "_" + k;
      }
      names.add(name);
    }
    return names;
  }
}
