package dev.assay.stats.fairness;

import static dev.assay.stats.fairness.BiasFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole competition metric against the kernel formulas run on {@link BiasFixture}. */
class BiasReportTest {

  @Test
  void threeGroups_matchGetFinalMetric() {
    BiasReport r = BiasReport.of(Binarize.labels(TARGET), SCORE, abc(), 0.5);
    assertThat(r.overallAuc()).isCloseTo(OVERALL, within(1e-15));
    assertThat(r.subgroupPowerMean()).isCloseTo(PM_SUBGROUP, within(1e-14));
    assertThat(r.bpsnPowerMean()).isCloseTo(PM_BPSN, within(1e-14));
    assertThat(r.bnspPowerMean()).isCloseTo(PM_BNSP, within(1e-14));
    assertThat(r.finalScore()).isCloseTo(FINAL, within(1e-14));
    assertThat(r.notes()).isEmpty();
    assertThat(r.threshold()).isEqualTo(0.5);
  }

  @Test
  void groupsWorstFirst_byTheirSmallestAuc() {
    BiasReport r = BiasReport.of(Binarize.labels(TARGET), SCORE, abc(), 0.5);
    // minima: a 0.3297 (subgroup), b 0.1429 (subgroup), c 0.2708 (subgroup)
    assertThat(r.groups()).extracting(GroupBias::group).containsExactly("b", "c", "a");
    GroupBias b = r.groups().get(0);
    assertThat(b.subgroupAuc()).isCloseTo(SUBGROUP[1], within(1e-15));
    assertThat(b.bpsnAuc()).isCloseTo(BPSN[1], within(1e-15));
    assertThat(b.bnspAuc()).isCloseTo(BNSP[1], within(1e-15));
    assertThat(b.falsePositiveRate()).isCloseTo(FPR_AT_HALF[1], within(1e-15));
    assertThat(b.worstAuc()).isEqualTo(b.subgroupAuc());
    assertThat(b.undefined()).isFalse();
    int members = 0;
    for (boolean m : B) {
      members += m ? 1 : 0;
    }
    assertThat(b.size()).isEqualTo(members);
  }

  @Test
  void groupWithoutPositives_flaggedAndLeftOutOfItsPowerMeans() {
    Map<String, boolean[]> groups = new java.util.LinkedHashMap<>(abc());
    groups.put("d", BiasFixture.d());
    BiasReport r = BiasReport.of(Binarize.labels(TARGET), SCORE, groups, 0.5);
    GroupBias d = r.groups().stream().filter(g -> g.group().equals("d")).findFirst().orElseThrow();
    assertThat(d.undefined()).isTrue();
    assertThat(d.subgroupAuc()).isNaN();
    assertThat(d.bnspAuc()).isNaN();
    assertThat(d.bpsnAuc()).isCloseTo(D_BPSN, within(1e-15));
    assertThat(d.positives()).isZero();
    assertThat(d.size()).isEqualTo(3);
    // d's only defined AUC (BPSN 0.68) is its worst, so it ranks after a (0.33)
    assertThat(r.groups()).extracting(GroupBias::group).containsExactly("b", "c", "a", "d");
    // Subgroup and BNSP power means are unchanged; BPSN now includes d (pandas dropna reference).
    assertThat(r.subgroupPowerMean()).isCloseTo(PM_SUBGROUP, within(1e-14));
    assertThat(r.bpsnPowerMean()).isCloseTo(PM_BPSN_WITH_D, within(1e-14));
    assertThat(r.bnspPowerMean()).isCloseTo(PM_BNSP, within(1e-14));
    assertThat(r.finalScore()).isCloseTo(FINAL_WITH_D, within(1e-14));
    assertThat(r.notes()).hasSize(2);
    assertThat(r.notes().get(0)).startsWith("d: subgroup AUC undefined").contains("0 toxic and 3 non-toxic");
    assertThat(r.notes().get(1)).startsWith("d: BNSP AUC undefined");
  }

  @Test
  void groupWithNoDefinedAuc_goesLast_andAllUndefinedMeansNaN() {
    int[] y = {0, 1, 0, 1};
    double[] s = {0.1, 0.9, 0.3, 0.7};
    boolean[] nobody = new boolean[4];
    BiasReport r = BiasReport.of(y, s, Map.of("nobody", nobody), 0.5);
    assertThat(r.groups()).singleElement().satisfies(g -> {
      assertThat(g.worstAuc()).isNaN();
      assertThat(g.falsePositiveRate()).isNaN();
    });
    assertThat(r.notes()).hasSize(3);
    assertThat(r.subgroupPowerMean()).isNaN();
    assertThat(r.finalScore()).isNaN();
    assertThat(r.overallAuc()).isEqualTo(1.0);
  }

  @Test
  void worstFirstTieBreakIsByName() {
    int[] y = {0, 1};
    double[] s = {0.2, 0.8};
    boolean[] all = {true, true};
    BiasReport r = BiasReport.of(y, s, Map.of("zeta", all, "alpha", all.clone()), 0.5);
    assertThat(r.groups()).extracting(GroupBias::group).containsExactly("alpha", "zeta");
  }

  @Test
  void badInputs_nameTheGroup() {
    int[] y = {0, 1};
    double[] s = {0.2, 0.8};
    assertThatThrownBy(() -> BiasReport.of(y, s, Map.of(), 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no identity groups");
    assertThatThrownBy(() -> BiasReport.of(y, s, Map.of("women", new boolean[3]), 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group women")
        .hasMessageContaining("2 labels but 3 membership flags");
    assertThatThrownBy(() -> new GroupBias("x", 2, 3, 0, 0, 0, 0))
        .hasMessageContaining("positives <= size");
  }

  @Test
  void listsAreImmutable() {
    BiasReport r = BiasReport.of(Binarize.labels(TARGET), SCORE, abc(), 0.5);
    assertThatThrownBy(() -> r.groups().clear()).isInstanceOf(UnsupportedOperationException.class);
    List<String> notes = r.notes();
    assertThatThrownBy(() -> notes.add("x")).isInstanceOf(UnsupportedOperationException.class);
  }
}
