package dev.assay.report.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.model.ExecutiveSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftSentencesTest {

  @Test
  void shiftedFeaturesAreHeadlinesTheOthersNotSignificant() {
    ExecutiveSummary s = DriftSentences.of(200, 180, List.of(
        new FeatureShift("chars", 2264.185, 642.05, 8.9e-49, 3.9413, true),
        new FeatureShift("words", 120, 118.5, 0.41, 0.02, false),
        new FeatureShift("embedding", Double.NaN, Double.NaN, 0.004, Double.NaN, true)), 0.01);
    assertThat(s.tested()).containsExactly("We compared 180 current records with 200 reference records on 3 features (significance level 0.01).");
    assertThat(s.headlines()).containsExactly(
        "chars shifted: mean 2,264.2 in the reference, 642.1 now (p < 0.001, PSI 3.94).",
        "embedding shifted (p = 0.004).");
    assertThat(s.notSignificant()).containsExactly("No significant shift in words.");
    assertThat(s.caveats()).isEmpty();
  }

  @Test
  void nothingShiftedSmallAndEmptySets() {
    ExecutiveSummary s = DriftSentences.of(20, 25, List.of(new FeatureShift("chars", 10, 11, 0.5, 0.01, false)), 0.05);
    assertThat(s.headlines()).containsExactly("No feature shifted significantly.");
    assertThat(s.caveats()).containsExactly(
        "Only 20 records for the smaller data set: with fewer than 30 the interval is wide, so treat the result as a rough indication.");
    assertThat(DriftSentences.of(0, 10, List.of(), 0.01).caveats()).containsExactly("One of the data sets had no usable record, so nothing was compared.");
  }
}
