package dev.assay.report.chart;

/**
 * One labelled bar.
 *
 * <pre>{@code
 * new Bar("too short", 41)   // 41 records rejected as too short
 * }</pre>
 *
 * @param label the bar's name
 * @param value its length
 */
public record Bar(String label, double value) {

  public Bar {
    ChartParts.requireFinite(label, value);
  }
}
