package dev.assay.eval.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.assay.models.llm.TokenLogprob;
import dev.assay.models.llm.TokenLogprob.Alternative;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks against tatsu-lab/alpaca_eval, {@code completion_parsers.py::logprob_parser} with the
 * {@code weighted_alpaca_eval_gpt4_turbo} settings (numerator "m", denominators ["m", "M"],
 * is_binarize False). The expected values were computed by running that function's rule on the
 * same top_logprobs lists (numpy + scipy.special.logsumexp), not by this implementation.
 */
class LogprobPreferenceTest {
  private static final List<String> MM = List.of("m", "M");

  private static List<TokenLogprob> first(String chosen, Object... alts) {
    Alternative[] a = new Alternative[alts.length / 2];
    for (int i = 0; i < a.length; i++) {
      a[i] = new Alternative((String) alts[2 * i], ((Number) alts[2 * i + 1]).doubleValue());
    }
    return List.of(new TokenLogprob(chosen, a.length == 0 ? 0 : a[0].logprob(), Arrays.asList(a)));
  }

  @Test
  void theExampleCompletionOfAlpacaEvalsDocstring() {
    // completion_parsers.py documents this reply: top_logprobs M -0.017597131, m -4.048847, Both, The, Based.
    var lp = first("M", "M", -0.017597131, "m", -4.048847, "Both", -14.908222, "The", -15.705097, "Based", -15.955097);
    assertThat(LogprobPreference.preference(lp, "m", MM)).isCloseTo(1.9825575130186845, within(1e-12));
  }

  @Test
  void firstOutputFavoured() {
    // " m" (leading space) is a different token and does not count: exact match as in AlpacaEval.
    var lp = first("m", "m", -0.1, "M", -2.5, " m", -3.0);
    assertThat(LogprobPreference.preference(lp, "m", MM)).isCloseTo(1.0831726964939223, within(1e-12));
  }

  @Test
  void aMissingTokenHasProbabilityZero() {
    assertThat(LogprobPreference.preference(first("M", "M", -0.01, "Both", -5.0), "m", MM)).isEqualTo(2.0);
    assertThat(LogprobPreference.preference(first("m", "m", -0.3, "The", -2.0), "m", MM)).isEqualTo(1.0);
  }

  @Test
  void neitherTokenListedIsNaN() {
    assertThat(LogprobPreference.preference(first("The", "The", -0.1, "A", -2.0), "m", MM)).isNaN();
    assertThat(LogprobPreference.preference(List.of(), "m", MM)).isNaN();
  }

  @Test
  void laterDuplicateReplacesEarlier() {
    // A Python dict comprehension keeps the last value of a repeated key.
    var lp = first("m", "m", -1.0, "M", -1.2, "m", -0.5);
    assertThat(LogprobPreference.preference(lp, "m", MM)).isCloseTo(1.331812227831834, within(1e-12));
  }

  @Test
  void equalMassIsATie() {
    var lp = first("m", "m", Math.log(0.5), "M", Math.log(0.5));
    assertThat(LogprobPreference.preference(lp, "m", MM)).isCloseTo(1.5, within(1e-15));
  }

  @Test
  void onlyTheFirstTokenIsRead() {
    List<TokenLogprob> lp = List.of(
        new TokenLogprob("m", -0.1, List.of(new Alternative("m", -0.1), new Alternative("M", -2.4))),
        new TokenLogprob("M", -0.1, List.of(new Alternative("M", -0.01))));
    double p = Math.exp(-0.1) / (Math.exp(-0.1) + Math.exp(-2.4));
    assertThat(LogprobPreference.preference(lp, "m", MM)).isCloseTo(2 - p, within(1e-12));
  }
}
