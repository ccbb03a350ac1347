package dev.assay.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay stats agreement} on small CSV files. Expected values are the peer references of
 * the library tests: the {@code krippendorff} package's tests/test_krippendorff.py, irrCAC's
 * irrCAC/raw.py docstring (raw_4raters) and statsmodels' test_inter_rater.py (R irr on anxiety).
 */
class AgreementCommandTest {
  private static final double N = Double.NaN;
  @TempDir Path dir;

  /** Krippendorff (2011) data as in test_nominal_metric_reliability_data: 15 units x 3 coders. */
  private Path krippendorff3() {
    double[][] coders = {
      {N, N, N, N, N, 3, 4, 1, 2, 1, 1, 3, 3, N, 3},
      {1, N, 2, 1, 3, 3, 4, 3, N, N, N, N, N, N, N},
      {N, N, 2, 1, 3, 4, 4, N, 2, 1, 1, 3, 3, N, 4}
    };
    double[][] items = new double[15][3];
    for (int i = 0; i < 15; i++) {
      for (int c = 0; c < 3; c++) {
        items[i][c] = coders[c][i];
      }
    }
    return StatsRunner.write(dir, "k3.csv", StatsRunner.ratingsCsv(new String[] {"A", "B", "C"}, items));
  }

  /** irrCAC raw_4raters (Gwet 2014, p. 120). */
  private Path raw4raters() {
    double[][] r = {
      {1, 1, N, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
      {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {N, 5, 5, 5}, {N, N, 1, 1}, {N, N, 3, N}
    };
    return StatsRunner.write(
        dir, "raw4.csv", StatsRunner.ratingsCsv(new String[] {"r1", "r2", "r3", "r4"}, r));
  }

  @Test
  void krippendorffNominalAndInterval_testKrippendorff() {
    Path f = krippendorff3();
    JsonNode nominal = StatsRunner.json(new AgreementCommand(), "--metric", "krippendorff", f.toString());
    assertThat(nominal.get("value").asDouble()).isCloseTo(0.691358, within(5e-7));
    assertThat(nominal.get("metric").asString()).isEqualTo("krippendorff");
    assertThat(nominal.get("level").asString()).isEqualTo("nominal");
    assertThat(nominal.get("n_items").asInt()).isEqualTo(15);
    assertThat(nominal.get("n_raters").asInt()).isEqualTo(3);
    assertThat(nominal.get("n_ratings").asInt()).isEqualTo(27); // 9 + 7 + 11 non-empty cells
    JsonNode interval =
        StatsRunner.json(
            new AgreementCommand(), "--metric", "krippendorff", "--level", "interval", f.toString());
    assertThat(interval.get("value").asDouble()).isCloseTo(0.810845, within(5e-7));
  }

  @Test
  void fleissGwetPercent_irrCacRawDocstring() {
    Path f = raw4raters();
    assertThat(StatsRunner.json(new AgreementCommand(), "--metric", "fleiss", f.toString()).get("value").asDouble())
        .isCloseTo(0.76117, within(5e-6));
    JsonNode ac1 = StatsRunner.json(new AgreementCommand(), "--metric", "gwet-ac1", f.toString());
    assertThat(ac1.get("value").asDouble()).isCloseTo(0.77544, within(5e-6));
    assertThat(ac1.get("chance_agreement").asDouble()).isCloseTo(0.19032, within(5e-6));
    assertThat(ac1.get("standard_error").asDouble()).isCloseTo(0.14295, within(5e-6));
    assertThat(ac1.get("ci_lower").asDouble()).isCloseTo(0.46081, within(5e-6));
    assertThat(ac1.get("ci_upper").asDouble()).isEqualTo(1.0);
    assertThat(StatsRunner.json(new AgreementCommand(), "--metric", "percent", f.toString()).get("value").asDouble())
        .isCloseTo(0.81818, within(5e-6));
    assertThat(ac1.get("per_rater")).hasSize(4);
    assertThat(ac1.get("per_rater").get(0).get("rater").asString()).isEqualTo("r1");
  }

  @Test
  void cohenQuadraticWithIdColumnAndQuotes_testCohensKappaIrr() {
    double[] r2 = {3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4};
    double[] r3 = {2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2};
    StringBuilder csv = new StringBuilder("\uFEFFitem,\"rater, two\",rater3\r\n");
    for (int i = 0; i < r2.length; i++) {
      csv.append("\"q").append(i).append("\",").append((int) r2[i]).append(",\"")
          .append((int) r3[i]).append("\"\r\n");
    }
    Path f = StatsRunner.write(dir, "anxiety.csv", csv.toString());
    JsonNode k =
        StatsRunner.json(
            new AgreementCommand(),
            "--metric", "cohen", "--weights", "quadratic", "--id-column", "item", f.toString());
    assertThat(k.get("value").asDouble()).isCloseTo(0.2520325, within(1e-7));
    assertThat(k.get("weights").asString()).isEqualTo("quadratic");
    assertThat(k.get("n_raters").asInt()).isEqualTo(2);
    assertThat(k.get("raters").get(0).asString()).isEqualTo("rater, two");
  }

  @Test
  void undefinedKappaIsNull() {
    Path f = StatsRunner.write(dir, "same.csv", "a,b,c\n1,1,1\n1,1,\n");
    JsonNode k = StatsRunner.json(new AgreementCommand(), "--metric", "fleiss", f.toString());
    assertThat(k.get("value").isNull()).isTrue();
  }

  @Test
  void nonNumericRatingNamesFileLineAndColumn() {
    Path f = StatsRunner.write(dir, "bad.csv", "r1,r2\n1,2\n3,abc\n");
    assertThat(StatsRunner.usageError(new AgreementCommand(), "--metric", "fleiss", f.toString()))
        .hasMessage(f + ":3: column 'r2': expected a numeric rating or an empty cell, found 'abc'");
  }

  @Test
  void raggedRowEmptyFileAndMissingFile() {
    Path ragged = StatsRunner.write(dir, "ragged.csv", "r1,r2\n1,2\n3\n");
    assertThat(StatsRunner.usageError(new AgreementCommand(), "--metric", "percent", ragged.toString()))
        .hasMessage(ragged + ":3: expected 2 cells (as in the header), found 1");
    Path empty = StatsRunner.write(dir, "empty.csv", "");
    assertThat(StatsRunner.usageError(new AgreementCommand(), "--metric", "percent", empty.toString()))
        .hasMessageContaining("empty file");
    Path headerOnly = StatsRunner.write(dir, "header.csv", "r1,r2\n");
    assertThat(StatsRunner.usageError(new AgreementCommand(), "--metric", "percent", headerOnly.toString()))
        .hasMessageContaining("no items");
    Path missing = dir.resolve("nope.csv");
    assertThat(StatsRunner.usageError(new AgreementCommand(), "--metric", "percent", missing.toString()))
        .hasMessage(missing + ": no such file");
  }

  @Test
  void badOptionCombinations() {
    Path f = raw4raters();
    assertThat(StatsRunner.usageError(new AgreementCommand(), "--metric", "cohen", f.toString()))
        .hasMessageContaining("exactly 2 rater columns, found 4");
    assertThat(StatsRunner.usageError(new AgreementCommand(), "--metric", "scott", f.toString()))
        .hasMessageContaining("--metric: expected one of");
    assertThat(
            StatsRunner.usageError(
                new AgreementCommand(), "--metric", "fleiss", "--weights", "linear", f.toString()))
        .hasMessageContaining("--weights applies only to --metric cohen");
    assertThat(
            StatsRunner.usageError(
                new AgreementCommand(), "--metric", "krippendorff", "--level", "log", f.toString()))
        .hasMessageContaining("--level: expected nominal, ordinal, interval or ratio");
  }

  @Test
  void noPairableItemIsAUsageError() {
    Path f = StatsRunner.write(dir, "sparse.csv", "r1,r2\n1,\n,2\n");
    assertThat(StatsRunner.usageError(new AgreementCommand(), "--metric", "krippendorff", f.toString()))
        .hasMessageContaining("at least two raters");
  }

  @Test
  void throughMainUsageErrorsExitWith2() {
    Path f = StatsRunner.write(dir, "bad.csv", "r1,r2\n1,x\n");
    StatsRunner.Result r = StatsRunner.main("stats", "agreement", "--metric", "fleiss", f.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(f + ":2: column 'r2'");
    StatsRunner.Result ok = StatsRunner.main("stats", "agreement", "--json", "--metric", "percent", raw4raters().toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("\"value\"");
  }
}
