package dev.assay.report.render;

import dev.assay.report.model.Chart;

/**
 * How tall a chart is drawn, in CSS pixels: charts with one row per label grow with their rows
 * (so labels never overlap: at least 20 px a row), the others have a fixed height that suits
 * their shape.
 *
 * <pre>{@code
 * int px = ChartHeight.of(chart);   // a 12-model win-rate chart: 468
 * }</pre>
 */
final class ChartHeight {
  private static final int MAX = 1400;

  /** Rows of 12 px labels need this much each, however many there are. */
  static final int MIN_ROW = 20;

  private ChartHeight() {}

  static int of(Chart c) {
    int rows = c.data().rows().size();
    return switch (c.kind()) {
      case WIN_RATES, FOREST, FUNNEL, BAR -> clamp(60 + 34 * rows, 160, rows);
      case SCORE_DISTRIBUTION -> clamp(60 + 44 * rows, 180, rows);
      case HEATMAP -> clamp(110 + 40 * rows, 260, rows);
      case RADAR -> 420;
      case RELIABILITY, SCATTER -> 400;
      case LINE -> 360;
    };
  }

  /** Between {@code min} and {@link #MAX}, but never below {@link #MIN_ROW} pixels a row. */
  private static int clamp(int px, int min, int rows) {
    int most = Math.max(MAX, 80 + MIN_ROW * rows);
    return Math.max(min, Math.min(most, px));
  }
}
