package dev.assay.report.summary;

/**
 * What {@code assay reward eval} measured, as the summary needs it.
 *
 * <pre>{@code
 * new RewardAccuracy("default", 60, 0.5667, 0.441, 0.6843, 0.575, 6, 0.5, 0.1409);
 * }</pre>
 *
 * @param model the reward model ("default" or a folder)
 * @param n decided pairs evaluated
 * @param accuracy share of pairs where the preferred answer got the higher reward
 * @param lower lower bound of the 95% Wilson interval
 * @param upper upper bound of the 95% Wilson interval
 * @param longerWins accuracy of the "the longer answer wins" baseline on the same pairs
 * @param nLengthMatched pairs whose answers are within 10% in length
 * @param accuracyLengthMatched accuracy on those pairs (NaN when there are none)
 * @param ece expected calibration error of the reward model's probabilities
 */
public record RewardAccuracy(
    String model,
    long n,
    double accuracy,
    double lower,
    double upper,
    double longerWins,
    long nLengthMatched,
    double accuracyLengthMatched,
    double ece) {}
