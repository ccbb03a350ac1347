package dev.assay.models.reward;

import java.util.Objects;

/**
 * One preference pair as the reward model sees it: a prompt, the preferred and the other
 * response, and how sure the label is. Loaded from any supported format by
 * {@code PairReader} in {@code assay-train}.
 *
 * <pre>{@code
 * RewardPair p = new RewardPair("q1", "pairs.jsonl:3", "pairs", null, "Capital of France?",
 *     "Paris.", "Lyon.", 1.0, 0.0);
 * }</pre>
 *
 * @param id stable identifier (the record's id, else its file:line)
 * @param location {@code file:line} of the record, for error messages
 * @param source the format the pair came from ({@code pairs}, {@code hh-rlhf}, {@code alpacaeval},
 *     {@code judgments})
 * @param subset a finer grouping when the data names one (AlpacaEval: the generator of the
 *     non-baseline output), else null
 * @param prompt the prompt text the responses answer (the last user turn for conversations)
 * @param chosen the response the label prefers (the one with label >= 0.5)
 * @param rejected the other response
 * @param label probability that {@code chosen} is better, in [0.5, 1] (1 = hard label, 0.5 = tie)
 * @param margin the margin subtracted inside the Bradley-Terry loss (0 when the data has none)
 */
public record RewardPair(
    String id,
    String location,
    String source,
    String subset,
    String prompt,
    String chosen,
    String rejected,
    double label,
    double margin) {

  /** Checks the fields. */
  public RewardPair {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(chosen, "chosen");
    Objects.requireNonNull(rejected, "rejected");
    if (!(label >= 0.5 && label <= 1.0)) {
      throw new IllegalArgumentException(location + ": label: expected a probability in [0.5, 1], found " + label);
    }
    if (!Double.isFinite(margin)) {
      throw new IllegalArgumentException(location + ": margin: expected a finite number, found " + margin);
    }
  }

  /**
   * A pair from a preference of {@code b} over {@code a}: {@code pB} is the probability that
   * {@code b} is better; the pair is oriented so that {@code chosen} is the favoured one.
   */
  public static RewardPair fromProbability(String id, String location, String source, String subset,
      String prompt, String a, String b, double pB) {
    return pB >= 0.5
        ? new RewardPair(id, location, source, subset, prompt, b, a, pB, 0)
        : new RewardPair(id, location, source, subset, prompt, a, b, 1 - pB, 0);
  }

  /** True when the label prefers one response (not a tie). */
  public boolean decided() {
    return label > 0.5;
  }

  /** The pair's grouping key for splits: pairs with the same prompt share a group. */
  public String group() {
    return prompt;
  }
}
