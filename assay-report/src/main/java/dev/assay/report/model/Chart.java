package dev.assay.report.model;

import java.util.Map;

/**
 * A chart: an Apache ECharts option (plain maps and lists, serialised to JSON into the page and
 * drawn there with the SVG renderer), a one-line caption in plain language, and the table of the
 * data it draws, which the page shows behind the chart for screen readers and print.
 * Build charts with {@code dev.assay.report.chart.Charts}, not by hand.
 *
 * <pre>{@code
 * Chart c = Charts.winRates("win-rates", "Win rate against gpt4_turbo", "model-a wins 62% of prompts.", rows);
 * }</pre>
 *
 * @param id a stable id, unique in the report
 * @param kind what sort of chart (for tests and the Markdown renderer)
 * @param title the chart's title
 * @param caption one plain-language sentence saying what to see
 * @param option the ECharts option (JSON-ready maps, lists, strings, numbers, booleans)
 * @param data the data the chart draws
 */
public record Chart(
    String id, Kind kind, String title, String caption, Map<String, Object> option, Table data)
    implements Block {

  /** The option is copied into an unmodifiable canonical form (see {@code Table}'s numbers). */
  public Chart {
    option = JsonValues.canonicalMap(option);
  }

  /** The chart kinds reports use. */
  public enum Kind {
    WIN_RATES,
    FOREST,
    SCORE_DISTRIBUTION,
    RADAR,
    RELIABILITY,
    HEATMAP,
    SCATTER,
    FUNNEL,
    BAR,
    LINE
  }
}
