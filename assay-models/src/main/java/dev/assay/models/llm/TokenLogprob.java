package dev.assay.models.llm;

import java.util.List;

/**
 * The log-probability of one generated token and, when requested, its top alternatives (the
 * chosen token is usually among them).
 *
 * <pre>{@code
 * TokenLogprob t = response.logprobs().get(0);
 * double pA = t.probabilityOf("A");   // exp(logprob) of the alternative "A", 0 if absent
 * }</pre>
 *
 * @param token the generated token text
 * @param logprob its natural-log probability
 * @param top the top alternatives at this position, most likely first (may be empty)
 */
public record TokenLogprob(String token, double logprob, List<Alternative> top) {

  public TokenLogprob {
    top = top == null ? List.of() : List.copyOf(top);
  }

  /** One alternative token at a position. */
  public record Alternative(String token, double logprob) {}

  /**
   * exp(logprob) of {@code candidate} among the alternatives (or the chosen token), matching
   * after trimming whitespace; 0 when it is not listed.
   */
  public double probabilityOf(String candidate) {
    String want = candidate.strip();
    double p = 0;
    for (Alternative a : top) {
      if (a.token().strip().equals(want)) {
        p += Math.exp(a.logprob());
      }
    }
    if (p == 0 && token.strip().equals(want)) {
      p = Math.exp(logprob);
    }
    return p;
  }
}
