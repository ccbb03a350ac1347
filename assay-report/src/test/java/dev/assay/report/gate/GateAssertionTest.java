package dev.assay.report.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.run.GateSeverity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The assertion and path syntax, and the paired comparison's choice of test and direction. */
class GateAssertionTest {

  @Test
  void pathsSelectEntriesByNameFieldIndexAndQuotedKey() {
    FieldPath p = FieldPath.parse("leaderboard.models[model-a].vs_baseline.win_rate_interval.lower");
    assertThat(p.segments()).containsExactly(new FieldPath.Name("leaderboard"), new FieldPath.Name("models"),
        new FieldPath.Match(null, "model-a"), new FieldPath.Name("vs_baseline"), new FieldPath.Name("win_rate_interval"),
        new FieldPath.Name("lower"));
    assertThat(p).hasToString("leaderboard.models[model-a].vs_baseline.win_rate_interval.lower");
    assertThat(FieldPath.parse("lb.models[model=m.1].rank").segments().get(2)).isEqualTo(new FieldPath.Match("model", "m.1"));
    assertThat(FieldPath.parse("lb.models[-1].rank").segments().get(2)).isEqualTo(new FieldPath.Index(-1));
    assertThat(FieldPath.parse("qa.checks[\"my.check\"].flagged").segments().get(2)).isEqualTo(new FieldPath.Match(null, "my.check"));
    assertThat(FieldPath.parse("qa.checks[\"my.check\"].flagged")).hasToString("qa.checks[\"my.check\"].flagged");
    assertThatThrownBy(() -> FieldPath.parse("qa..counts")).hasMessageContaining("a name is missing before the '.'");
    assertThatThrownBy(() -> FieldPath.parse("qa.models[0")).hasMessageContaining("is not closed");
    assertThatThrownBy(() -> FieldPath.parse("qa.counts.")).hasMessageContaining("ends with '.'");
  }

  @Test
  void assertionsParseOperatorsOutsideBracketsAndBaselineMargins() {
    GateAssertion a = GateAssertion.parse("lb.models[model=a].rank<=2");
    assertThat(a.op()).isEqualTo(GateOp.LE);
    assertThat(a.threshold()).isEqualTo(new GateAssertion.Fixed(2));
    assertThat(a.target()).hasToString("lb.models[model=a].rank");
    assertThat(GateAssertion.parse("judge.win_rate >= baseline - 0.02").threshold()).isEqualTo(new GateAssertion.Baseline(-0.02));
    assertThat(GateAssertion.parse("judge.win_rate >= baseline+1").threshold()).isEqualTo(new GateAssertion.Baseline(1));
    assertThat(GateAssertion.parse("judge.win_rate != baseline").threshold()).isEqualTo(new GateAssertion.Baseline(0));
    assertThat(GateAssertion.parse("qa.kept > 1e3").threshold()).isEqualTo(new GateAssertion.Fixed(1000));
    assertThat(GateAssertion.parse("qa.kept > 3", GateSeverity.WARN).severity()).isEqualTo(GateSeverity.WARN);
    assertThatThrownBy(() -> GateAssertion.parse("qa.kept => 3")).hasMessageContaining("unknown operator '=>'");
    assertThatThrownBy(() -> GateAssertion.parse("qa.kept >= 5%")).hasMessageContaining("is not a number (write 0.05, not 5%");
    assertThatThrownBy(() -> GateAssertion.parse("qa.kept")).hasMessageContaining("no comparison");
    assertThatThrownBy(() -> GateAssertion.parse("qa >= 3")).hasMessageContaining("names no field");
    assertThatThrownBy(() -> GateAssertion.parse("qa.kept >= baseline * 2")).hasMessageContaining("after 'baseline' write '+ <number>'");
  }

  @Test
  void operatorsAndTheirNegations() {
    assertThat(GateOp.LE.holds(0.05, 0.05)).isTrue();
    assertThat(GateOp.LT.holds(0.05, 0.05)).isFalse();
    assertThat(GateOp.EQ.holds(0.1 + 0.2, 0.3)).isTrue();
    assertThat(GateOp.NE.holds(1, 2)).isTrue();
    assertThat(GateOp.GE.negated()).isEqualTo("<");
    assertThat(GateOp.EQ.higherIsBetter()).isNull();
  }

  @Test
  void pairedComparisonPicksMcNemarForWinLossWithoutMarginAndSaysWhichWayItPoints() {
    Map<String, Double> base = Map.of("a", 1.0, "b", 1.0, "c", 1.0, "d", 0.0);
    Map<String, Double> cur = Map.of("a", 0.0, "b", 0.0, "c", 1.0, "d", 0.0, "e", 1.0);
    PairedComparison m = PairedComparison.run(cur, base, 0, true, TestChoice.AUTO, 100, 1);
    assertThat(m.test()).isEqualTo("mcnemar-exact");
    assertThat(m.items()).isEqualTo(4);
    assertThat(m.worse()).isTrue();
    assertThat(m.pValue()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));   // b = 0, c = 2: 2 * 0.5^2
    PairedComparison lowerBetter = PairedComparison.run(cur, base, 0, false, TestChoice.AUTO, 100, 1);
    assertThat(lowerBetter.worse()).isFalse();
    PairedComparison boot = PairedComparison.run(cur, base, -0.02, true, TestChoice.MCNEMAR, 200, 1);
    assertThat(boot.test()).isEqualTo("paired-bootstrap");
    assertThat(boot.note()).contains("McNemar needs 0/1 items and no margin");
    assertThat(boot.statistic()).isCloseTo(-0.5 + 0.02, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(PairedComparison.run(Map.of("x", 1.0), Map.of("y", 1.0), 0, true, TestChoice.AUTO, 10, 1)).isNull();
  }

  @Test
  void didYouMeanFindsCloseNames() {
    assertThat(DidYouMean.closest("rejeted_share", List.of("kept_share", "rejected_share"))).contains("rejected_share");
    assertThat(DidYouMean.closest("kappa", List.of("models", "baseline"))).isEmpty();
    assertThat(DidYouMean.closest("dup", List.of("models", "duplicate_rate"))).contains("duplicate_rate");
  }

  @Test
  void numbersInMessagesIgnoreTheLocale() {
    assertThat(Num.format(76.08086700137612)).isEqualTo("76.0809");
    assertThat(Num.format(8.0)).isEqualTo("8");
    assertThat(Num.format(1.9073486328125E-6)).isEqualTo("1.9e-06");
    assertThat(Num.format((Double) null)).isEqualTo("n/a");
  }
}
