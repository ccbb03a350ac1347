package dev.assay.report.chart;

import dev.assay.report.model.Chart;
import dev.assay.report.model.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pieces every chart option shares (palette, fonts, grid, axes, error-bar series) and small
 * helpers for building JSON-ready maps. Package-private: callers use {@link Charts}.
 *
 * <pre>{@code
 * Map<String, Object> option = ChartParts.base();
 * option.put("xAxis", ChartParts.valueAxis("Win rate (%)"));
 * }</pre>
 */
final class ChartParts {

  /** Okabe-Ito: distinguishable with the common colour-vision deficiencies, and in greyscale print. */
  static final List<Object> PALETTE = List.of(
      "#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#7F7F7F", "#F0E442");

  static final String FONT =
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

  /** Longest category label drawn in full, in pixels; longer ones are cut with an ellipsis. */
  static final int LABEL_WIDTH = 260;

  private ChartParts() {}

  /** A mutable, insertion-ordered map from alternating keys and values. */
  static Map<String, Object> obj(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** The option every chart starts from: no animation (static pages, print), palette, font. */
  static Map<String, Object> base() {
    return obj(
        "animation", false,
        "color", PALETTE,
        "textStyle", obj("fontFamily", FONT, "fontSize", 12),
        "tooltip", obj("trigger", "item", "confine", true));
  }

  /** A plot area that leaves room for axis labels and names, and a legend on top if asked. */
  static Map<String, Object> grid(boolean legend) {
    return obj("left", 36, "right", 48, "top", legend ? 40 : 16, "bottom", 36, "containLabel", true);
  }

  /** A legend across the top. */
  static Map<String, Object> legend() {
    return obj("top", 0, "type", "scroll");
  }

  /** A numeric axis named in the middle, gridlines faint, tick labels that would overlap hidden. */
  static Map<String, Object> valueAxis(String name) {
    return obj(
        "type", "value",
        "name", name,
        "nameLocation", "middle",
        "nameGap", 28,
        "scale", false,
        "axisLabel", obj("hideOverlap", true),
        "splitLine", obj("lineStyle", obj("color", "#e6e6e6")));
  }

  /** A numeric vertical axis: its name is turned and set clear of the tick labels. */
  static Map<String, Object> yValueAxis(String name) {
    Map<String, Object> axis = valueAxis(name);
    axis.put("nameGap", 44);
    return axis;
  }

  /** A numeric axis for counts: ticks on whole numbers only. */
  static Map<String, Object> countAxis(String name) {
    Map<String, Object> axis = valueAxis(name);
    axis.put("minInterval", 1);
    return axis;
  }

  /** Widest a bar is drawn, in pixels (a chart of one bar would otherwise be a slab). */
  static final int BAR_MAX_WIDTH = 28;

  /** A category axis showing every label (cut at {@link #LABEL_WIDTH} px), in the given order. */
  static Map<String, Object> categoryAxis(List<String> labels, boolean inverse) {
    return obj(
        "type", "category",
        "data", new ArrayList<Object>(labels),
        "inverse", inverse,
        "axisTick", obj("alignWithLabel", true),
        "axisLabel", obj("interval", 0, "width", LABEL_WIDTH, "overflow", "truncate"));
  }

  /**
   * A series of 95% CI whiskers with end caps. ECharts draws it as a custom series whose
   * {@code renderItem} function the report page attaches to every series marked
   * {@code "assayRender": "errorbar"} (JSON cannot carry functions). Each item is
   * {@code [category index, low, high]}.
   */
  static Map<String, Object> errorBars(List<Estimate> rows, boolean horizontal) {
    List<Object> data = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      data.add(List.of(i, rows.get(i).low(), rows.get(i).high()));
    }
    return obj(
        "type", "custom",
        "name", "95% CI",
        "assayRender", "errorbar",
        "assayHorizontal", horizontal,
        "encode", horizontal ? obj("y", 0, "x", List.of(1, 2)) : obj("x", 0, "y", List.of(1, 2)),
        "itemStyle", obj("color", "#222222"),
        "z", 3,
        "data", data);
  }

  /** The chart record, with the option frozen as given. */
  static Chart chart(
      String id, Chart.Kind kind, String title, String caption, Map<String, Object> option, Table data) {
    return new Chart(id, kind, title, caption, option, data);
  }

  /** A snake_case table name from a chart id ("win-rates" becomes "win_rates"). */
  static String tableName(String id) {
    String s = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return s.isEmpty() ? "chart" : s;
  }

  /** Decimals that show these values without noise: 0 for whole numbers, else by magnitude. */
  static int decimalsFor(double... values) {
    double max = 0;
    boolean whole = true;
    for (double v : values) {
      if (Double.isFinite(v)) {
        max = Math.max(max, Math.abs(v));
        whole &= v == Math.rint(v);
      }
    }
    if (whole) {
      return 0;
    }
    if (max >= 100) {
      return 1;
    }
    if (max >= 1) {
      return 2;
    }
    // three significant digits for small values (0.0042 keeps 4 decimals), at most 6
    return max == 0 ? 3 : Math.min(6, Math.max(3, 2 - (int) Math.floor(Math.log10(max))));
  }

  /** {@code v} rounded half-up to {@code decimals} places (for labels drawn on the chart). */
  static double round(double v, int decimals) {
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /** A number as short text: "50" for 50.0, "0.25" for 0.25 (for reference-line labels). */
  static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** The values of some estimates, for {@link #decimalsFor}. */
  static double[] values(List<Estimate> rows) {
    return rows.stream().flatMapToDouble(e -> Arrays.stream(new double[] {e.value(), e.low(), e.high()})).toArray();
  }

  /** Throws when any value is NaN or infinite: JSON cannot carry them and charts cannot draw them. */
  static void requireFinite(String what, double... values) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException(what + ": value " + v + " is not a finite number");
      }
    }
  }

  /** Throws when {@code list} is empty: an empty chart says nothing. */
  static void requireNonEmpty(String id, java.util.Collection<?> list) {
    if (list.isEmpty()) {
      throw new IllegalArgumentException("chart " + id + ": no data to draw");
    }
  }
}
