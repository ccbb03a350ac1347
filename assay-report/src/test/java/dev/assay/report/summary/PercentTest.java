package dev.assay.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

  @Test
  void roundsHalfUpFromTheExactDecimalValue() {
    assertThat(Percent.of(0.6249)).isEqualTo("62%");
    assertThat(Percent.of(0.625)).isEqualTo("63%");
    assertThat(Percent.of(0.145)).isEqualTo("15%"); // 0.145 * 100 in binary is 14.4999...; the decimal value is not
    assertThat(Percent.of(0.6)).isEqualTo("60%");
    assertThat(Percent.of(0)).isEqualTo("0%");
    assertThat(Percent.of(1)).isEqualTo("100%");
  }

  @Test
  void aShareThatIsNotZeroOrAllNeverReadsAsZeroOrAll() {
    assertThat(Percent.of(0.004)).isEqualTo("0.4%");
    assertThat(Percent.of(0.0004)).isEqualTo("0.04%");
    assertThat(Percent.of(0.024)).isEqualTo("2.4%");
    assertThat(Percent.of(0.06)).isEqualTo("6%");
    assertThat(Percent.of(0.99991)).isEqualTo("99.99%");
    assertThat(Percent.of(0.00001)).isEqualTo("0%"); // two decimals at most
  }

  @Test
  void intervalBoundsKeepTheirSideOfFiftyPercent() {
    assertThat(Percent.interval(0.58, 0.66, 0.5)).isEqualTo("58-66%");
    assertThat(Percent.interval(0.4962, 0.58, 0.5)).isEqualTo("49.6-58%");
    assertThat(Percent.interval(0.5004, 0.58, 0.5)).isEqualTo("50.04-58%");
    assertThat(Percent.interval(0.5, 0.58, 0.5)).isEqualTo("50-58%");
    assertThat(Percent.of(0.4996, 0.5)).isEqualTo("49.96%");
  }

  @Test
  void levelsCountsAndShares() {
    assertThat(Percent.level(0.95)).isEqualTo("95%");
    assertThat(Percent.level(0.9)).isEqualTo("90%");
    assertThat(Percent.count(1234567)).isEqualTo("1,234,567");
    assertThat(Percent.share(1, 3)).isEqualTo("33%");
    assertThat(Percent.share(0, 0)).isEqualTo("0%");
    assertThat(Counted.of(1, "prompts")).isEqualTo("1 prompt");
    assertThat(Counted.of(1204, "decisive prompts")).isEqualTo("1,204 decisive prompts");
  }
}
