package dev.assay.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Fleiss' kappa, Gwet's AC1 and percent agreement. References: statsmodels
 * statsmodels/stats/tests/test_inter_rater.py (test_fleiss_kappa: Wikipedia 0.210 to 3 decimals;
 * test_fleiss_kappa_irr: R irr {@code kappam.fleiss(diagnoses)} 0.4302445 to 7 decimals), and
 * irrCAC (afergadis/irrCAC): the docstring of irrCAC/raw.py (raw_4raters: AC1 0.77544, pa
 * 0.81818, pe 0.19032; Fleiss 0.76117, pe 0.23872, all rounded to 5 digits) and
 * test/unit/irrCAC/raw/test_gwet.py and test_fleiss.py (other data sets, rounded to 3 digits).
 */
class FleissGwetPercentTest {
  private static final double D5 = 5e-6;
  private static final double D3 = 5e-4;

  @Test
  void wikipedia_testFleissKappa() {
    assertThat(FleissKappa.fromCounts(Data.WIKIPEDIA_COUNTS).value()).isCloseTo(0.210, within(D3));
  }

  @Test
  void diagnoses_testFleissKappaIrr() {
    assertThat(FleissKappa.of(Data.DIAGNOSES).value()).isCloseTo(0.4302445, within(5e-8));
  }

  @Test
  void fleissWithMissing_irrCacRawDocstring() {
    ChanceCorrected k = FleissKappa.of(Data.RAW_4RATERS);
    assertThat(k.value()).isCloseTo(0.76117, within(D5));
    assertThat(k.observed()).isCloseTo(0.81818, within(D5));
    assertThat(k.expected()).isCloseTo(0.23872, within(D5));
  }

  @Test
  void fleissOtherSets_irrCacTestFleiss() {
    assertThat(FleissKappa.of(Data.RAW_5OBSERVERS).value()).isCloseTo(0.458, within(D3));
    assertThat(FleissKappa.of(Data.RAW_G1G2).value()).isCloseTo(0.657, within(D3));
    assertThat(FleissKappa.of(Data.RAW_GENDER).value()).isCloseTo(0.129, within(D3));
    assertThat(FleissKappa.of(Data.RAW_BEN_GERRY).value()).isCloseTo(0.649, within(D3));
    assertThat(FleissKappa.of(Data.RAW_5OBSERVERS).expected()).isCloseTo(0.291, within(D3));
  }

  @Test
  void gwetRaw4raters_irrCacRawDocstring() {
    ChanceCorrected ac1 = GwetAc1.of(Data.RAW_4RATERS);
    assertThat(ac1.value()).isCloseTo(0.77544, within(D5));
    assertThat(ac1.observed()).isCloseTo(0.81818, within(D5));
    assertThat(ac1.expected()).isCloseTo(0.19032, within(D5));
    assertThat(ac1.items()).isEqualTo(11);
  }

  @Test
  void gwetOtherSets_irrCacTestGwet() {
    assertThat(GwetAc1.of(Data.RAW_5OBSERVERS).value()).isCloseTo(0.497, within(D3));
    assertThat(GwetAc1.of(Data.RAW_G1G2).value()).isCloseTo(0.685, within(D3));
    assertThat(GwetAc1.of(Data.RAW_GENDER).value()).isCloseTo(0.208, within(D3));
    assertThat(GwetAc1.of(Data.RAW_BEN_GERRY).value()).isCloseTo(0.661, within(D3));
    assertThat(GwetAc1.of(Data.RAW_GENDER).expected()).isCloseTo(0.312, within(D3));
  }

  @Test
  void percentAgreement_irrCacPa() {
    // irrCAC's "pa" of the same tests (identity weights).
    assertThat(PercentAgreement.of(Data.RAW_4RATERS)).isCloseTo(0.81818, within(D5));
    assertThat(PercentAgreement.of(Data.RAW_5OBSERVERS)).isCloseTo(0.616, within(D3));
    assertThat(PercentAgreement.of(Data.RAW_G1G2)).isCloseTo(0.744, within(D3));
    assertThat(PercentAgreement.of(Data.RAW_GENDER)).isCloseTo(0.456, within(D3));
    assertThat(PercentAgreement.of(Data.RAW_BEN_GERRY)).isCloseTo(0.727, within(D3));
  }

  @Test
  void allOneCategory() {
    double[][] same = {{2, 2, 2}, {2, 2, Double.NaN}, {2, 2, 2}};
    assertThat(PercentAgreement.of(same)).isEqualTo(1.0);
    assertThat(FleissKappa.of(same).value()).isNaN(); // p_e = 1, 0/0
    assertThat(GwetAc1.of(same).value()).isEqualTo(1.0); // irrCAC: p_e = 1 - 1e-15 -> 1
  }

  @Test
  void perfectAgreementOnSeveralCategories() {
    double[][] perfect = {{1, 1, 1}, {2, 2, 2}, {3, 3, Double.NaN}};
    assertThat(FleissKappa.of(perfect).value()).isEqualTo(1.0);
    assertThat(GwetAc1.of(perfect).value()).isEqualTo(1.0);
  }

  @Test
  void declaredCategoriesChangeAc1ChanceAgreement() {
    ChanceCorrected seen = GwetAc1.of(Data.RAW_GENDER);
    ChanceCorrected declared = GwetAc1.of(Data.RAW_GENDER, 5);
    assertThat(declared.expected()).isLessThan(seen.expected());
    assertThatThrownBy(() -> GwetAc1.of(Data.RAW_GENDER, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 distinct");
  }

  @Test
  void badInputIsRejected() {
    assertThatThrownBy(() -> FleissKappa.of(new double[][] {{1, 2}, {1}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item 1 has 1 ratings, expected 2");
    assertThatThrownBy(() -> PercentAgreement.of(new double[][] {{1, Double.NaN}, {Double.NaN, 2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two raters");
    assertThatThrownBy(() -> GwetAc1.of(new double[0][]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no items");
    assertThatThrownBy(() -> FleissKappa.of(new double[][] {{Double.NaN, Double.NaN}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no ratings");
  }
}
