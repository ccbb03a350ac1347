package dev.assay.eval.verdict;

import dev.assay.models.llm.TokenLogprob;
import java.util.List;
import java.util.OptionalDouble;

/**
 * G-Eval's probability-weighted score: at the first generated token that is a score (an integer
 * within the scale, after trimming whitespace, brackets and markdown), the score is
 * {@code sum over score tokens t of p(t) * t / sum p(t)} over the alternatives listed for that
 * position. The weights are renormalised over score tokens only, so mass on non-score tokens
 * does not pull the score down. Scores must be single tokens (true for 1..10 in common
 * tokenizers).
 *
 * <pre>{@code
 * OptionalDouble s = WeightedScore.of(response.logprobs(), 1, 10);   // e.g. 7.4
 * }</pre>
 */
public final class WeightedScore {
  private WeightedScore() {}

  /** The weighted score, or empty when no generated token is a score. */
  public static OptionalDouble of(List<TokenLogprob> logprobs, int min, int max) {
    if (logprobs == null) {
      return OptionalDouble.empty();
    }
    for (TokenLogprob t : logprobs) {
      Integer chosen = score(t.token(), min, max);
      if (chosen == null) {
        continue;
      }
      double mass = 0;
      double sum = 0;
      for (TokenLogprob.Alternative a : t.top()) {
        Integer s = score(a.token(), min, max);
        if (s != null) {
          double p = Math.exp(a.logprob());
          mass += p;
          sum += p * s;
        }
      }
      if (mass == 0) {
        return OptionalDouble.of(chosen);
      }
      return OptionalDouble.of(sum / mass);
    }
    return OptionalDouble.empty();
  }

  private static Integer score(String token, int min, int max) {
    String s = token.replaceAll("[\\s\\[\\]*_`\"']", "");
    if (!s.matches("\\d{1,3}")) {
      return null;
    }
    int v = Integer.parseInt(s);
    return v >= min && v <= max ? v : null;
  }
}
