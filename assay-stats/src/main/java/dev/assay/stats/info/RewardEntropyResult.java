package dev.assay.stats.info;

/**
 * Summary of how decisive a reward model is on preference pairs.
 *
 * <pre>{@code
 * RewardEntropyResult r = RewardEntropy.of(chosen, rejected);
 * r.entropy();    // mean binary entropy of sigma(chosen - rejected), nats; ln 2 = undecided
 * r.accuracy();   // share of pairs with chosen > rejected
 * }</pre>
 *
 * @param entropy mean over pairs of the binary entropy (nats) of {@code sigma(chosen - rejected)}
 * @param n number of pairs
 * @param accuracy share of pairs where the chosen reward is strictly higher
 * @param meanMargin mean of {@code chosen - rejected}
 */
public record RewardEntropyResult(double entropy, long n, double accuracy, double meanMargin) {}
