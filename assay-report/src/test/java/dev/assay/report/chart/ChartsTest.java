package dev.assay.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.report.model.Chart;
import dev.assay.report.model.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartsTest {

  private static final List<Estimate> ESTIMATES = List.of(
      new Estimate("model-a", 62.1, 58.0, 66.2), new Estimate("model-b", 48.3, 44.1, 52.5));

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> series(Chart c) {
    return (List<Map<String, Object>>) c.option().get("series");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  private static List<Object> column(Table t, int col) {
    return t.rows().stream().map(r -> r.get(col)).toList();
  }

  @Test
  void winRatesDrawBarsAndErrorBarsInTheOrderGiven() {
    Chart c = Charts.winRates("win-rates", "Win rate", "model-a wins.", ESTIMATES);
    PureJson.assertPure(c.option());
    assertThat(c.kind()).isEqualTo(Chart.Kind.WIN_RATES);
    assertThat(c.option()).doesNotContainKey("title");
    assertThat(map(c.option().get("yAxis")).get("data")).isEqualTo(List.of("model-a", "model-b"));
    assertThat(series(c)).extracting(s -> s.get("type")).containsExactly("bar", "custom");
    assertThat(series(c).get(0).get("data")).isEqualTo(List.of(62.1, 48.3));
    Map<String, Object> whiskers = series(c).get(1);
    assertThat(whiskers.get("assayRender")).isEqualTo("errorbar");
    assertThat(whiskers.get("data")).isEqualTo(List.of(List.of(0L, 58.0, 66.2), List.of(1L, 44.1, 52.5)));
    assertThat(c.data().name()).isEqualTo("win_rates");
    assertThat(c.data().rows()).containsExactly(
        List.of("model-a", 62.1, 58.0, 66.2), List.of("model-b", 48.3, 44.1, 52.5));
    assertThat(c.data().columns().get(1).label()).isEqualTo("Win rate (%)");
    Map<String, Object> line = map(series(c).get(0).get("markLine"));
    assertThat(line.get("data")).isEqualTo(List.of(Map.of("xAxis", 50.0)));
    assertThat(series(c).get(0).get("name")).isEqualTo("Win rate (%) (dashed line: 50)");
    assertThat(Charts.winRates("r", "t", "c", "Accuracy", ESTIMATES).option().toString()).doesNotContain("markLine");
  }

  @Test
  void forestDrawsAPointAndAnIntervalPerRow() {
    Chart c = Charts.forest("bt", "Bradley-Terry ratings", "a is ahead.", "Rating", List.of(
        new Estimate("a", 1100, 1080, 1120), new Estimate("b", 1000, 990, 1010)));
    PureJson.assertPure(c.option());
    assertThat(series(c)).extracting(s -> s.get("type")).containsExactly("custom", "scatter");
    assertThat(series(c).get(1).get("data")).isEqualTo(List.of(List.of(1100.0, 0L), List.of(1000.0, 1L)));
    assertThat(map(c.option().get("xAxis")).get("scale")).isEqualTo(true);
    assertThat(column(c.data(), 1)).containsExactly(1100.0, 1000.0);
  }

  @Test
  void distributionsDrawQuartilesComputedFromTheSamples() {
    Map<String, double[]> samples = new LinkedHashMap<>();
    samples.put("a", new double[] {5, 1, 4, 2, 3});
    samples.put("b", new double[] {10});
    Chart c = Charts.distributions("scores", "Scores", "a is lower.", samples);
    PureJson.assertPure(c.option());
    assertThat(series(c).getFirst().get("data"))
        .isEqualTo(List.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), List.of(10.0, 10.0, 10.0, 10.0, 10.0)));
    assertThat(c.data().rows()).containsExactly(
        List.of("a", 5L, 1.0, 2.0, 3.0, 4.0, 5.0), List.of("b", 1L, 10.0, 10.0, 10.0, 10.0, 10.0));
  }

  @Test
  void boxStatsInterpolateLikeNumpy() {
    BoxStats s = BoxStats.of(new double[] {1, 2, 3, 4});
    // numpy.percentile([1,2,3,4], [25, 50, 75]) = [1.75, 2.5, 3.25]
    assertThat(List.of(s.q1(), s.median(), s.q3())).containsExactly(1.75, 2.5, 3.25);
    assertThatThrownBy(() -> BoxStats.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void radarHasOneIndicatorPerAxisAndOnePolygonPerSeries() {
    Map<String, double[]> s = new LinkedHashMap<>();
    s.put("model-a", new double[] {8.1, 6.5, 9.0});
    s.put("model-b", new double[] {7.0, 7.5, 5.5});
    Chart c = Charts.radar("mt", "MT-Bench", "a leads on writing.", List.of("writing", "math", "coding"), s, 10);
    PureJson.assertPure(c.option());
    assertThat((List<?>) map(c.option().get("radar")).get("indicator")).hasSize(3);
    assertThat((List<?>) series(c).getFirst().get("data")).hasSize(2);
    assertThat(c.data().rows()).containsExactly(List.of("model-a", 8.1, 6.5, 9.0), List.of("model-b", 7.0, 7.5, 5.5));
    assertThatThrownBy(() -> Charts.radar("mt", "t", "c", List.of("x"), s, 10))
        .hasMessageContaining("3 values for 1 axes");
  }

  @Test
  void reliabilityHasTheDiagonalAndOnePointPerBin() {
    List<Bin> bins = List.of(new Bin(0.1, 0.08, 100), new Bin(0.9, 0.7, 25));
    Chart c = Charts.reliability("cal", "Calibration", "Overconfident at the top.", bins);
    PureJson.assertPure(c.option());
    assertThat(series(c).get(0).get("data")).isEqualTo(List.of(List.of(0L, 0L), List.of(1L, 1L)));
    assertThat((List<?>) series(c).get(1).get("data")).hasSize(2);
    assertThat(c.data().rows()).containsExactly(List.of(0.1, 0.08, 100L), List.of(0.9, 0.7, 25L));
    assertThatThrownBy(() -> Charts.reliability("cal", "t", "c", List.of(new Bin(1.5, 0, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void heatmapLabelsEveryCellAndKeepsTheFullValuesInItsTable() {
    double[][] v = {{40, 3}, {5, 52.123456}};
    Chart c = Charts.heatmap("cm", "Judge vs human", "Mostly agree.", List.of("A", "B"), List.of("A", "B"), v, 1);
    PureJson.assertPure(c.option());
    assertThat(series(c).getFirst().get("data")).isEqualTo(List.of(
        List.of(0L, 0L, 40.0), List.of(1L, 0L, 3.0), List.of(0L, 1L, 5.0), List.of(1L, 1L, 52.1)));
    assertThat(c.data().rows()).containsExactly(List.of("A", 40.0, 3.0), List.of("B", 5.0, 52.123456));
    assertThat(c.data().columns()).extracting(Table.Column::name).containsExactly("row", "a", "b");
    assertThat(map(c.option().get("visualMap")).get("text")).isEqualTo(List.of("52.1", "3.0"));
    Chart named = Charts.heatmap("cm", "t", "c", "Judge", "Human", List.of("A"), List.of("A"), new double[][] {{1}}, -1);
    assertThat(map(named.option().get("yAxis")).get("name")).isEqualTo("Judge");
    assertThat(map(named.option().get("xAxis")).get("name")).isEqualTo("Human");
  }

  @Test
  void scatterNamesEachPoint() {
    Chart c = Charts.scatter("len", "Length vs win rate", "Longer wins more.", "Length", "Win rate (%)",
        List.of(new Point("a", 1840, 62.1), new Point("b", 900, 40.0)));
    PureJson.assertPure(c.option());
    assertThat(series(c).getFirst().get("data"))
        .isEqualTo(List.of(Map.of("name", "a", "value", List.of(1840.0, 62.1)), Map.of("name", "b", "value", List.of(900.0, 40.0))));
    assertThat(c.data().rows()).containsExactly(List.of("a", 1840.0, 62.1), List.of("b", 900.0, 40.0));
  }

  @Test
  void funnelLabelsCountsAndShares() {
    Chart c = Charts.funnel("qa", "QA funnel", "97.6% kept.", List.of(
        new Stage("records in", 1500), new Stage("dedup", 1491), new Stage("kept", 1464)));
    PureJson.assertPure(c.option());
    Map<String, Object> last = map(((List<?>) series(c).getFirst().get("data")).get(2));
    assertThat(last.get("value")).isEqualTo(1464L);
    assertThat(map(last.get("label")).get("formatter")).isEqualTo("1,464 (97.6%, \u221227)");
    Map<String, Object> firstStage = map(((List<?>) series(c).getFirst().get("data")).get(0));
    assertThat(map(firstStage.get("label")).get("formatter")).isEqualTo("1,500 (100.0%)");
    assertThat(column(c.data(), 1)).containsExactly(1500L, 1491L, 1464L);
    assertThat(column(c.data(), 3)).containsExactly(0L, 9L, 27L);
    // the plot leaves room on its right for the longest label
    assertThat((Long) map(c.option().get("grid")).get("right")).isGreaterThanOrEqualTo(7L * "1,464 (97.6%, -27)".length());
  }

  @Test
  void barsKeepTheirOrderAndLabelTheirValues() {
    Chart c = Charts.bars("reasons", "Reject reasons", "Most are duplicates.", "Records",
        List.of(new Bar("duplicate", 9), new Bar("pii", 3)));
    PureJson.assertPure(c.option());
    assertThat(map(c.option().get("yAxis")).get("data")).isEqualTo(List.of("duplicate", "pii"));
    assertThat(c.data().rows()).containsExactly(List.of("duplicate", 9.0), List.of("pii", 3.0));
    assertThat(c.data().columns().get(1).decimals()).isZero();
    // counts: no tick at 0.5
    assertThat(map(c.option().get("xAxis")).get("minInterval")).isEqualTo(1L);
    Chart fractional = Charts.bars("d", "Drift", "c", "PSI", List.of(new Bar("length", 0.12)));
    assertThat(map(fractional.option().get("xAxis"))).doesNotContainKey("minInterval");
  }

  @Test
  void linesDrawStepsFromOneAndLeaveGapsForNaN() {
    Map<String, double[]> s = new LinkedHashMap<>();
    s.put("train", new double[] {0.9, 0.6, 0.5});
    s.put("validation", new double[] {0.95, Double.NaN});
    Chart c = Charts.lines("loss", "Loss", "Validation stops improving.", "Epoch", "Loss", s);
    PureJson.assertPure(c.option());
    assertThat(series(c).get(1).get("data")).isEqualTo(List.of(List.of(1L, 0.95), java.util.Arrays.asList(2L, null)));
    assertThat(c.data().rows()).containsExactly(
        List.of(1L, 0.9, 0.95), java.util.Arrays.asList(2L, 0.6, null), java.util.Arrays.asList(3L, 0.5, null));
  }

  @Test
  void optionsAreImmutableAndCanonical() {
    Chart c = Charts.bars("b", "t", "c", "v", List.of(new Bar("x", 1)));
    assertThatThrownBy(() -> c.option().put("title", "x")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(map(c.option().get("grid")).get("left")).isEqualTo(36L);
  }

  @Test
  void refusesEmptyChartsAndNonFiniteValues() {
    assertThatThrownBy(() -> Charts.bars("b", "t", "c", "v", List.of())).hasMessageContaining("no data");
    assertThatThrownBy(() -> new Estimate("a", Double.NaN, 0, 1)).hasMessageContaining("not a finite number");
    assertThatThrownBy(() -> new Estimate("a", 1, 2, 0)).hasMessageContaining("low");
  }

  @Test
  void decimalsFollowMagnitude() {
    assertThat(ChartParts.decimalsFor(1, 2, 3)).isZero();
    assertThat(ChartParts.decimalsFor(62.15)).isEqualTo(2);
    assertThat(ChartParts.decimalsFor(1234.5)).isEqualTo(1);
    assertThat(ChartParts.decimalsFor(0.0042)).isEqualTo(5);
  }
}
