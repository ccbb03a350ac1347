package dev.assay.stats.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reference values from running FastChat's fastchat/serve/monitor/rating_systems.py with Debian's
 * pandas 1.5.3 / scipy 1.10.1 on the battles built below. "FastChat" values are compute_bt as
 * shipped (its L-BFGS-B stops on scipy's default ftol, about 5e-5 rating points short of the
 * optimum, so they are checked to 1e-3); "exact" values minimise FastChat's own bt_loss_and_grad
 * with scipy L-BFGS-B at ftol=0, gtol=1e-13 (max |gradient| 1e-13 / 1.4e-9 at the result), checked
 * to 1e-6.
 */
class BradleyTerryTest {

  /** The 16 battles of the "small" case (FastChat: pd.DataFrame(battles, columns=[...])). */
  static List<Battle> small() {
    String[][] rows = {
      {"a", "b", "model_a"}, {"a", "b", "model_a"}, {"a", "b", "model_b"}, {"b", "a", "tie"},
      {"a", "c", "model_a"}, {"c", "a", "model_a"}, {"c", "b", "model_b"}, {"b", "c", "model_a"},
      {"b", "c", "tie (bothbad)"}, {"c", "d", "model_a"}, {"d", "a", "model_b"},
      {"d", "b", "model_a"}, {"b", "d", "model_a"}, {"c", "d", "tie"}, {"a", "d", "model_a"},
      {"d", "c", "model_b"},
    };
    List<Battle> out = new ArrayList<>();
    for (String[] r : rows) {
      out.add(new Battle(r[0], r[1], BattleOutcome.parse(r[2]).orElseThrow()));
    }
    return out;
  }

  /**
   * The 3,000 battles of the "medium" case; the same loop in Python:
   *
   * <pre>
   * for i in range(3000):
   *     a = i % 6; b = (a + 1 + (i * 7) % 5) % 6
   *     x = ((i * 2654435761) % 1000) / 1000.0
   *     pa = 1 / (1 + math.exp(-(a - b) * 0.3))
   *     w = "tie" if x < 0.1 else ("model_a" if x < 0.1 + 0.9 * pa else "model_b")
   * </pre>
   */
  static List<Battle> medium() {
    List<Battle> out = new ArrayList<>();
    for (long i = 0; i < 3000; i++) {
      int a = (int) (i % 6);
      int b = (int) ((a + 1 + (i * 7) % 5) % 6);
      double x = ((i * 2654435761L) % 1000) / 1000.0;
      double pa = 1 / (1 + Math.exp(-(a - b) * 0.3));
      BattleOutcome w =
          x < 0.1 ? BattleOutcome.TIE : x < 0.1 + 0.9 * pa ? BattleOutcome.MODEL_A : BattleOutcome.MODEL_B;
      out.add(new Battle("m" + a, "m" + b, w));
    }
    return out;
  }

  @Test
  void matchesFastChatComputeBtOnSmallBattles() {
    RatingTable t = BradleyTerry.fit(PairwiseCounts.of(small()), RatingScale.FASTCHAT);
    // FastChat compute_bt as shipped
    assertThat(t.rating("a")).isCloseTo(1130.7929267024333, within(1e-3));
    assertThat(t.rating("b")).isCloseTo(1060.282259092422, within(1e-3));
    assertThat(t.rating("c")).isCloseTo(989.9708145704153, within(1e-3));
    assertThat(t.rating("d")).isCloseTo(818.9539996347295, within(1e-3));
    // exact optimum of FastChat's loss
    assertThat(t.rating("a")).isCloseTo(1130.7928742876334, within(1e-6));
    assertThat(t.rating("b")).isCloseTo(1060.2822557242437, within(1e-6));
    assertThat(t.rating("c")).isCloseTo(989.9708294607568, within(1e-6));
    assertThat(t.rating("d")).isCloseTo(818.954040527366, within(1e-6));
  }

  @Test
  void matchesFastChatComputeBtOnMediumBattles() {
    RatingTable t = BradleyTerry.fit(PairwiseCounts.of(medium()), RatingScale.FASTCHAT);
    Map<String, Double> fastchat =
        Map.of(
            "m5", 1114.115381471899, "m4", 1070.1461323354326, "m3", 1021.9156080161198,
            "m2", 978.0705801877474, "m1", 929.2113293762454, "m0", 886.5409686125557);
    fastchat.forEach((m, v) -> assertThat(t.rating(m)).as(m).isCloseTo(v, within(1e-3)));
    Map<String, Double> exact =
        Map.of(
            "m5", 1114.1153777858838, "m4", 1070.1461400586327, "m3", 1021.9156018140275,
            "m2", 978.0705862932995, "m1", 929.211321428525, "m0", 886.5409726196316);
    exact.forEach((m, v) -> assertThat(t.rating(m)).as(m).isCloseTo(v, within(1e-6)));
  }

  /** FastChat scale_and_offset(..., baseline_model="m2", baseline_rating=1200), exact optimum. */
  @Test
  void anchorShiftsLikeFastChatScaleAndOffset() {
    RatingTable t =
        BradleyTerry.fit(PairwiseCounts.of(medium()), RatingScale.FASTCHAT.withAnchor("m2", 1200));
    assertThat(t.rating("m2")).isEqualTo(1200.0);
    assertThat(t.rating("m0")).isCloseTo(1108.4703863263321, within(1e-6));
    assertThat(t.rating("m5")).isCloseTo(1336.0447914925844, within(1e-6));
  }

  @Test
  void unknownAnchorIsRejected() {
    assertThatThrownBy(
            () -> BradleyTerry.fit(PairwiseCounts.of(small()), RatingScale.FASTCHAT.withAnchor("zz", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'zz'");
  }

  /**
   * FastChat compute_bootstrap_bt(df, num_round=1000) on the medium battles gave these 2.5% / 97.5%
   * quantiles. Bootstrap draws differ (NumPy vs our RNG), so agreement is statistical: within 15%
   * of the interval width.
   */
  @Test
  void bootstrapIntervalsAgreeWithFastChatStatistically() {
    BootstrapRatings b =
        BradleyTerryBootstrap.run(
            PairwiseCounts.of(medium()), RatingScale.FASTCHAT, new BootstrapConfig(1000, 7L, 2, 0.95));
    Map<String, double[]> fastchat =
        Map.of(
            "m5", new double[] {1096.6910056942256, 1133.0157872080322},
            "m4", new double[] {1053.5122784431749, 1087.861462745919},
            "m3", new double[] {1003.7207148363941, 1040.7165355351465},
            "m2", new double[] {960.653525317435, 996.0479723115143},
            "m1", new double[] {911.2989815558414, 947.8824690094688},
            "m0", new double[] {868.4647966668122, 905.8596152436548});
    assertThat(b.ratings()).extracting(RatedModel::model).containsExactly("m5", "m4", "m3", "m2", "m1", "m0");
    for (RatedModel r : b.ratings()) {
      double[] ref = fastchat.get(r.model());
      double width = ref[1] - ref[0];
      assertThat(r.lower()).as(r.model()).isCloseTo(ref[0], within(0.15 * width));
      assertThat(r.upper()).as(r.model()).isCloseTo(ref[1], within(0.15 * width));
      assertThat(r.rating()).isBetween(r.lower(), r.upper());
    }
    // FastChat's rank rule, applied to our intervals
    for (RatedModel r : b.ratings()) {
      long better = b.ratings().stream().filter(o -> o.lower() > r.upper()).count();
      assertThat(r.rank()).isEqualTo(1 + (int) better);
    }
  }

  @Test
  void bootstrapDependsOnSeedOnlyNotThreads() {
    PairwiseCounts c = PairwiseCounts.of(medium());
    BootstrapRatings one = BradleyTerryBootstrap.run(c, RatingScale.FASTCHAT, new BootstrapConfig(50, 3L, 1, 0.95));
    BootstrapRatings two = BradleyTerryBootstrap.run(c, RatingScale.FASTCHAT, new BootstrapConfig(50, 3L, 2, 0.95));
    assertThat(two.ratings()).isEqualTo(one.ratings());
    BootstrapRatings other = BradleyTerryBootstrap.run(c, RatingScale.FASTCHAT, new BootstrapConfig(50, 4L, 2, 0.95));
    assertThat(other.ratings()).isNotEqualTo(one.ratings());
  }

  @Test
  void countsIgnoreSidesAndCountTies() {
    PairwiseCounts c = PairwiseCounts.of(small());
    assertThat(c.modelCount()).isEqualTo(4);
    assertThat(c.totalBattles()).isEqualTo(16.0);
    assertThat(c.models()).containsExactly("a", "b", "c", "d");
    // pair (a, b): a won twice, b once, one tie
    assertThat(c.first(0)).isZero();
    assertThat(c.second(0)).isEqualTo(1);
    assertThat(new double[] {c.winsFirst(0), c.winsSecond(0), c.ties(0)}).containsExactly(2, 1, 1);
  }

  @Test
  void rejectsSelfBattlesAndEmptyInput() {
    assertThatThrownBy(() -> new Battle("x", "x", BattleOutcome.TIE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must differ");
    assertThatThrownBy(() -> PairwiseCounts.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }
}
