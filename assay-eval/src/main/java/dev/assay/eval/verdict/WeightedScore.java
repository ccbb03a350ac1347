package dev.assay.eval.verdict;

import dev.assay.models.llm.TokenLogprob;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * G-Eval's probability-weighted score: at the generated token that holds the grade, the score is
 * {@code sum over score tokens t of p(t) * t / sum p(t)} over the alternatives listed for that
 * position. The weights are renormalised over score tokens only, so mass on non-score tokens
 * does not pull the score down. The grade token is the one under the last {@code [[n]]} marker of
 * the reply when there is one (so numbers in a reasoning before the verdict are not mistaken for
 * it), else the first token that is an integer within the scale after trimming whitespace,
 * brackets and markdown. Scores must be single tokens (true for 1..10 in common tokenizers).
 *
 * <pre>{@code
 * OptionalDouble s = WeightedScore.of(response.logprobs(), 1, 10);   // e.g. 7.4
 * }</pre>
 */
public final class WeightedScore {
  private static final Pattern MARKER = Pattern.compile("\\[\\[[\\s*_]*(\\d+)[\\s*_]*\\]\\]");

  private WeightedScore() {}

  /** The weighted score, or empty when no generated token is a score. */
  public static OptionalDouble of(List<TokenLogprob> logprobs, int min, int max) {
    if (logprobs == null) {
      return OptionalDouble.empty();
    }
    TokenLogprob marked = underLastMarker(logprobs, min, max);
    if (marked != null) {
      return weigh(marked, score(marked.token(), min, max), min, max);
    }
    for (TokenLogprob t : logprobs) {
      Integer chosen = score(t.token(), min, max);
      if (chosen != null) {
        return weigh(t, chosen, min, max);
      }
    }
    return OptionalDouble.empty();
  }

  /** The token that spells the number of the last {@code [[n]]} in the tokens' text, if it is a score. */
  private static TokenLogprob underLastMarker(List<TokenLogprob> logprobs, int min, int max) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[logprobs.size()];
    for (int i = 0; i < logprobs.size(); i++) {
      starts[i] = text.length();
      text.append(logprobs.get(i).token());
    }
    Matcher m = MARKER.matcher(text);
    int at = -1;
    while (m.find()) {
      at = m.start(1);
    }
    if (at < 0) {
      return null;
    }
    for (int i = logprobs.size() - 1; i >= 0; i--) {
      if (starts[i] <= at) {
        TokenLogprob t = logprobs.get(i);
        return score(t.token(), min, max) != null ? t : null;
      }
    }
    return null;
  }

  private static OptionalDouble weigh(TokenLogprob t, int chosen, int min, int max) {
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
    return OptionalDouble.of(mass == 0 ? chosen : sum / mass);
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
