package dev.assay.eval.verdict;

import dev.assay.models.llm.TokenLogprob;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * AlpacaEval 2's weighted preference from the top logprobs of the judge's first answer token: the
 * judge names the better output with one token, {@code m} for the first output and {@code M} for
 * the second, and the preference is {@code 2 - P(m) / (P(m) + P(M))}, in [1, 2] (1 = first output
 * preferred).
 *
 * <p>The rule follows {@code logprob_parser} of tatsu-lab/alpaca_eval ({@code
 * completion_parsers.py}, with {@code numerator_token="m"}, {@code denominator_tokens=["m","M"]},
 * {@code is_binarize=False}): only the <em>top logprobs</em> of the first generated token are read;
 * tokens match exactly (no trimming, case-sensitive); a later duplicate of a token replaces an
 * earlier one; a token absent from the list has probability 0; and when neither token is listed the
 * result is NaN (no verdict).
 *
 * <pre>{@code
 * double pref = LogprobPreference.preference(response.logprobs(), "m", List.of("m", "M"));
 * }</pre>
 */
public final class LogprobPreference {
  private LogprobPreference() {}

  /**
   * {@code 2 - P(numerator) / sum P(denominators)} from the first token's top logprobs, or NaN
   * when none of the tokens is listed (or there are no logprobs).
   */
  public static double preference(List<TokenLogprob> logprobs, String numerator, List<String> denominators) {
    double p = probability(logprobs, numerator, denominators);
    return Double.isNaN(p) ? Double.NaN : 2.0 - p;
  }

  /** {@code P(numerator) / sum P(denominators)} as above, or NaN. */
  public static double probability(List<TokenLogprob> logprobs, String numerator, List<String> denominators) {
    if (logprobs == null || logprobs.isEmpty()) {
      return Double.NaN;
    }
    Map<String, Double> wanted = new HashMap<>();
    for (TokenLogprob.Alternative a : logprobs.get(0).top()) {
      if (a.token().equals(numerator) || denominators.contains(a.token())) {
        wanted.put(a.token(), a.logprob());
      }
    }
    if (wanted.isEmpty()) {
      return Double.NaN;
    }
    double num = wanted.getOrDefault(numerator, Double.NEGATIVE_INFINITY);
    double[] den = denominators.stream().mapToDouble(t -> wanted.getOrDefault(t, Double.NEGATIVE_INFINITY)).toArray();
    return Math.exp(num - logSumExp(den));
  }

  /** log(sum(exp(x))) computed stably; -inf for an empty or all -inf input. */
  static double logSumExp(double[] xs) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      max = Math.max(max, x);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double x : xs) {
      sum += Math.exp(x - max);
    }
    return max + Math.log(sum);
  }
}
