package dev.assay.stats.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference values: FastChat rating_systems.compute_elo (K=4, scale 400, base 10, init 1000). */
class EloRatingTest {

  @Test
  void matchesFastChatComputeEloOnSmallBattles() {
    RatingTable t = EloRating.compute(BradleyTerryTest.small(), EloConfig.FASTCHAT);
    assertThat(t.rating("a")).isCloseTo(1005.7969180209856, within(1e-9));
    assertThat(t.rating("b")).isCloseTo(1002.0092930930249, within(1e-9));
    assertThat(t.rating("c")).isCloseTo(1000.0680932773479, within(1e-9));
    assertThat(t.rating("d")).isCloseTo(992.1256956086416, within(1e-9));
  }

  @Test
  void matchesFastChatComputeEloOnMediumBattles() {
    RatingTable t = EloRating.compute(BradleyTerryTest.medium(), EloConfig.FASTCHAT);
    assertThat(t.rating("m0")).isCloseTo(886.4440606649489, within(1e-9));
    assertThat(t.rating("m3")).isCloseTo(1017.2745511357881, within(1e-9));
    assertThat(t.rating("m5")).isCloseTo(1119.1104856049114, within(1e-9));
  }

  @Test
  void firstBattleMovesByHalfK() {
    // equal ratings: expected score 0.5, a win moves each side by K * 0.5 = 2
    RatingTable t = EloRating.compute(List.of(new Battle("x", "y", BattleOutcome.MODEL_A)), EloConfig.FASTCHAT);
    assertThat(t.rating("x")).isEqualTo(1002.0);
    assertThat(t.rating("y")).isEqualTo(998.0);
  }

  @Test
  void rejectsEmptyAndBadConfig() {
    assertThatThrownBy(() -> EloRating.compute(List.of(), EloConfig.FASTCHAT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EloConfig(0, 400, 10, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k:");
  }
}
