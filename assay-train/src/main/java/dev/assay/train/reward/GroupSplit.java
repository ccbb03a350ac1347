package dev.assay.train.reward;

import dev.assay.models.reward.RewardPair;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Deterministic splits by group key (the prompt), so no prompt is on both sides: a group's side
 * depends only on its key and the seed (a SplitMix64 hash of {@code String.hashCode()}, which the
 * JDK specifies), not on the order or the number of pairs.
 *
 * <pre>{@code
 * int[] val = GroupSplit.indices(pairs, p -> GroupSplit.fold(p.group(), 42, 10) == 0);
 * }</pre>
 */
public final class GroupSplit {
  private GroupSplit() {}

  /** The group's fold in {@code [0, k)}. */
  public static int fold(String group, long seed, int k) {
    return (int) Long.remainderUnsigned(mix(group.hashCode() * 0x9E3779B97F4A7C15L + seed), k);
  }

  /** Whether the group falls in the held-out {@code fraction} (a uniform number below it). */
  public static boolean heldOut(String group, long seed, double fraction) {
    return (mix(group.hashCode() * 0x9E3779B97F4A7C15L + seed) >>> 11) * 0x1.0p-53 < fraction;
  }

  /** Indices of the pairs matching {@code test}. */
  public static int[] indices(List<RewardPair> pairs, Predicate<RewardPair> test) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      if (test.test(pairs.get(i))) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
