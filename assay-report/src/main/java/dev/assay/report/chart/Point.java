package dev.assay.report.chart;

/**
 * One labelled point of a scatter chart.
 *
 * <pre>{@code
 * new Point("model-a", 1840, 62.1)   // mean answer length 1840 characters, win rate 62.1%
 * }</pre>
 *
 * @param label the point's name, drawn beside it
 * @param x the horizontal value
 * @param y the vertical value
 */
public record Point(String label, double x, double y) {

  public Point {
    ChartParts.requireFinite(label, x, y);
  }
}
