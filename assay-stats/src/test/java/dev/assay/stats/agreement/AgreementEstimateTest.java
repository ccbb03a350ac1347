package dev.assay.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Standard errors, intervals and p-values of Fleiss' kappa and Gwet's AC1 against irrCAC
 * (afergadis/irrCAC): the irrCAC/raw.py docstring for raw_4raters (5 digits: AC1 se 0.14295, CI
 * (0.46081, 1), p 0.00021; Fleiss se 0.15302, CI (0.42438, 1), p 0.00042) and
 * test/unit/irrCAC/raw/test_gwet.py and test_fleiss.py (3 digits).
 */
class AgreementEstimateTest {
  private static final double D5 = 5e-6;
  private static final double D3 = 5e-4;

  @Test
  void gwetRaw4raters_irrCacRawDocstring() {
    AgreementEstimate e = GwetAc1.estimate(Data.RAW_4RATERS, 0.95);
    assertThat(e.coefficient().value()).isCloseTo(0.77544, within(D5));
    assertThat(e.standardError()).isCloseTo(0.14295, within(D5));
    assertThat(e.lower()).isCloseTo(0.46081, within(D5));
    assertThat(e.upper()).isEqualTo(1.0);
    assertThat(e.pValue()).isCloseTo(0.00021, within(5e-6));
  }

  @Test
  void fleissRaw4raters_irrCacRawDocstring() {
    AgreementEstimate e = FleissKappa.estimate(Data.RAW_4RATERS, 0.95);
    assertThat(e.standardError()).isCloseTo(0.15302, within(D5));
    assertThat(e.lower()).isCloseTo(0.42438, within(D5));
    assertThat(e.upper()).isEqualTo(1.0);
    assertThat(e.pValue()).isCloseTo(0.00042, within(5e-6));
  }

  @Test
  void gwetOtherSets_irrCacTestGwet() {
    AgreementEstimate obs = GwetAc1.estimate(Data.RAW_5OBSERVERS, 0.95);
    assertThat(obs.standardError()).isCloseTo(0.122, within(D3));
    assertThat(obs.lower()).isCloseTo(0.235, within(D3));
    assertThat(obs.upper()).isCloseTo(0.758, within(D3));
    assertThat(obs.pValue()).isCloseTo(0.00114, within(5e-6));
    AgreementEstimate gender = GwetAc1.estimate(Data.RAW_GENDER, 0.95);
    assertThat(gender.standardError()).isCloseTo(0.091, within(D3));
    assertThat(gender.lower()).isCloseTo(0.014, within(D3));
    assertThat(gender.upper()).isCloseTo(0.403, within(D3));
    AgreementEstimate ben = GwetAc1.estimate(Data.RAW_BEN_GERRY, 0.95);
    assertThat(ben.standardError()).isCloseTo(0.184, within(D3));
    assertThat(ben.lower()).isCloseTo(0.257, within(D3));
  }

  @Test
  void fleissOtherSets_irrCacTestFleiss() {
    AgreementEstimate g1g2 = FleissKappa.estimate(Data.RAW_G1G2, 0.95);
    assertThat(g1g2.standardError()).isCloseTo(0.150, within(D3));
    assertThat(g1g2.lower()).isCloseTo(0.333, within(D3));
    assertThat(g1g2.upper()).isCloseTo(0.981, within(D3));
    AgreementEstimate gender = FleissKappa.estimate(Data.RAW_GENDER, 0.95);
    assertThat(gender.standardError()).isCloseTo(0.141, within(D3));
    assertThat(gender.lower()).isCloseTo(-0.172, within(D3));
    assertThat(gender.upper()).isCloseTo(0.430, within(D3));
    assertThat(gender.pValue()).isCloseTo(0.37449, within(5e-6));
  }

  @Test
  void undefinedCoefficientHasNoInterval() {
    double[][] same = {{2, 2}, {2, 2}};
    AgreementEstimate f = FleissKappa.estimate(same, 0.95);
    assertThat(f.coefficient().value()).isNaN();
    assertThat(f.standardError()).isNaN();
    AgreementEstimate g = GwetAc1.estimate(same, 0.95);
    assertThat(g.coefficient().value()).isEqualTo(1.0);
    assertThat(g.standardError()).isNaN();
  }
}
