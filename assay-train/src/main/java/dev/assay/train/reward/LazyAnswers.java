package dev.assay.train.reward;

import dev.assay.models.reward.RewardPair;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic preference pairs that teach a reward model one thing its data may not: a real answer
 * to an ordinary request beats a lazy non-answer ("No.", "I don't know."). For every distinct
 * prompt of the given sources, the first response the data prefers for it becomes {@code chosen}
 * and one of a dozen short non-answers (drawn with a seed) {@code rejected}. The pairs belong to
 * every head of a model and not to the gate ({@link #SOURCE}).
 *
 * <p>Why: harmlessness data (hh-rlhf's harmless split) often prefers the shorter, less forthcoming
 * reply, and a gate that routes by prompt wording sends everyday "How do I ..." questions to that
 * head; without these pairs the default model preferred "No." to a correct answer on how to boil an
 * egg. The non-answers are deliberately not refusals ("I can't help with that"), which are the
 * right answer to a harmful request.
 *
 * <pre>{@code
 * List<RewardPair> extra = LazyAnswers.pairs(train, Set.of("alpacaeval"), 42);
 * }</pre>
 */
public final class LazyAnswers {
  /** The source name of the synthetic pairs. */
  public static final String SOURCE = "lazy-answers";

  /** The non-answers, our own wording. */
  public static final List<String> REPLIES = List.of(
      "No.", "Yes.", "I don't know.", "Not sure.", "Maybe.", "OK.", "Ask someone else.", "Look it up.",
      "It depends.", "Who knows.", "Hmm.", "Sure.");

  private LazyAnswers() {}

  /** One pair per distinct prompt of {@code sources} in {@code pairs} (order of first appearance). */
  public static List<RewardPair> pairs(List<RewardPair> pairs, Set<String> sources, long seed) {
    Map<String, RewardPair> first = new LinkedHashMap<>();
    for (RewardPair p : pairs) {
      if (sources.contains(p.source()) && p.decided() && !p.prompt().isBlank()) {
        first.putIfAbsent(p.prompt(), p);
      }
    }
    Random r = new Random(seed);
    List<RewardPair> out = new ArrayList<>();
    for (RewardPair p : first.values()) {
      String lazy = REPLIES.get(r.nextInt(REPLIES.size()));
      if (!p.chosen().strip().equals(lazy)) {
        out.add(new RewardPair(p.id() + "#lazy", p.location(), SOURCE, null, p.prompt(), p.chosen(), lazy, 1.0, 0));
      }
    }
    return out;
  }
}
