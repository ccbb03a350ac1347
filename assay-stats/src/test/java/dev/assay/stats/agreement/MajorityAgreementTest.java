package dev.assay.stats.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Per-rater agreement with the leave-one-out majority. No peer library defines this measure, so
 * the expected values are counted by hand in the comments.
 */
class MajorityAgreementTest {
  private static final double N = Double.NaN;

  @Test
  void handCountedExample() {
    double[][] ratings = {
      {1, 1, 2}, // others of r2 agree on 1 -> r2 disagrees; r0: others {1,2} tie; r1: tie
      {2, 2, 2}, // everyone agrees with the others' majority
      {1, 1, 1},
      {3, 1, 1}, // r0: others {1,1} -> disagrees; r1: others {3,1} tie; r2: tie
      {1, N, 1} // r0: others {1} -> agrees; r1 did not rate; r2: others {1} -> agrees
    };
    List<RaterAgreement> r = MajorityAgreement.perRater(ratings);
    // rater 0: items 1, 2, 3, 4 -> agrees on 1, 2, 4
    assertThat(r.get(0).items()).isEqualTo(4);
    assertThat(r.get(0).agreement()).isEqualTo(0.75);
    // rater 1: items 1, 2 -> both agree
    assertThat(r.get(1).items()).isEqualTo(2);
    assertThat(r.get(1).agreement()).isEqualTo(1.0);
    // rater 2: items 0, 1, 2, 4 -> agrees on 1, 2, 4
    assertThat(r.get(2).items()).isEqualTo(4);
    assertThat(r.get(2).agreement()).isEqualTo(0.75);
  }

  @Test
  void twoRatersCompareWithEachOther() {
    // With two raters the "majority of the others" is the other rating: plain agreement.
    List<RaterAgreement> r = MajorityAgreement.perRater(new double[][] {{1, 2}, {3, 3}});
    assertThat(r.get(0).items()).isEqualTo(2);
    assertThat(r.get(0).agreement()).isEqualTo(0.5);
  }

  @Test
  void noUsableItemGivesNaN() {
    // Rater 0's only item has no other rating; rater 1 rated nothing.
    List<RaterAgreement> r = MajorityAgreement.perRater(new double[][] {{1, N}});
    assertThat(r.get(0).items()).isZero();
    assertThat(r.get(0).agreement()).isNaN();
    assertThat(r.get(1).agreement()).isNaN();
  }
}
