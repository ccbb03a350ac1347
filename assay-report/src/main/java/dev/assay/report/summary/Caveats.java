package dev.assay.report.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Caveat sentences from data quality and method: records QA removed and why, records that could
 * not be read, judgments that failed or had no readable verdict, a judge's position bias, small
 * samples, and a judge that is Assay's offline reward model rather than an LLM.
 *
 * <pre>{@code
 * Caveats.qaRemoved(500, 12, Map.of("exact_dedup", 9L, "pii", 3L));
 * // "12 of 500 records (2.4%) were removed by QA: 9 by exact_dedup, 3 by pii."
 * }</pre>
 */
public final class Caveats {
  /** Below this many items a result is called a rough indication. */
  public static final long SMALL_N = 30;

  /** A judge that changes its verdict on this share of swapped pairs or more gets a caveat. */
  public static final double POSITION_BIAS_THRESHOLD = 0.10;

  private Caveats() {}

  /** A caveat when {@code 0 < n < 30}. */
  public static Optional<String> smallSample(String what, long n, String unit) {
    if (n <= 0 || n >= SMALL_N) {
      return Optional.empty();
    }
    return Optional.of("Only " + Counted.of(n, unit) + " for " + what + ": with fewer than " + SMALL_N
        + " the interval is wide, so treat the result as a rough indication.");
  }

  /**
   * What QA removed: the share of records and, largest first, which check removed how many
   * ({@code byCheck} counts each removed record once, under the check that removed it).
   */
  public static Optional<String> qaRemoved(long recordsIn, long removed, Map<String, Long> byCheck) {
    if (recordsIn == 0) {
      return Optional.of("QA received no records, so nothing was checked.");
    }
    if (removed == 0) {
      return Optional.empty();
    }
    String reasons = byCheck.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> Percent.count(e.getValue()) + " by " + e.getKey())
        .collect(Collectors.joining(", "));
    return Optional.of(Percent.count(removed) + " of " + Counted.of(recordsIn, "records") + " (" + Percent.share(removed, recordsIn)
        + ") were removed by QA" + (reasons.isEmpty() ? "." : ": " + reasons + "."));
  }

  /** Records that could not be read and were set aside. */
  public static Optional<String> quarantined(long recordsIn, long quarantined) {
    if (quarantined == 0 || recordsIn == 0) {
      return Optional.empty();
    }
    return Optional.of(Percent.count(quarantined) + " of " + Counted.of(recordsIn, "records") + " (" + Percent.share(quarantined, recordsIn)
        + ") could not be used and were quarantined (see quarantine.jsonl).");
  }

  /** Rows whose model calls failed, judgments without a readable verdict, unusable rows. */
  public static List<String> judgeProblems(long rows, long failed, long unparseable, long quarantined) {
    List<String> out = new ArrayList<>();
    if (failed > 0) {
      out.add(Percent.count(failed) + " of " + Counted.of(rows, "rows") + " (" + Percent.share(failed, rows)
          + ") were not judged because the model call failed (see errors.jsonl); run the command again to retry them.");
    }
    if (unparseable > 0) {
      out.add(Percent.count(unparseable) + " of " + Counted.of(rows, "judgments") + " (" + Percent.share(unparseable, rows)
          + ") had no readable verdict and do not count.");
    }
    if (quarantined > 0) {
      out.add(Percent.count(quarantined) + " of " + Counted.of(rows, "rows") + " (" + Percent.share(quarantined, rows)
          + ") were unusable input and were quarantined (see quarantine.jsonl).");
    }
    return out;
  }

  /**
   * A caveat when the judge changed its verdict on at least {@link #POSITION_BIAS_THRESHOLD} of the
   * pairs it saw in both orders.
   */
  public static Optional<String> positionBias(double rate, long pairs) {
    if (pairs == 0 || !Double.isFinite(rate) || rate < POSITION_BIAS_THRESHOLD) {
      return Optional.empty();
    }
    return Optional.of("The judge changed its verdict when the two answers were swapped on " + Percent.of(rate) + " of "
        + Counted.of(pairs, "pairs") + " (position bias above " + Percent.of(POSITION_BIAS_THRESHOLD)
        + "); those pairs count as ties.");
  }

  /**
   * The judge is the offline reward model; {@code accuracy} is its agreement with human preferences
   * on its held-out test pairs (NaN when unknown), with its interval.
   */
  public static String rewardModelJudge(double accuracy, double lower, double upper, long n) {
    String known = Double.isFinite(accuracy)
        ? "on " + Counted.of(n, "held-out pairs") + " it agreed with the reference preference " + Percent.of(accuracy)
            + " of the time (95% CI " + Percent.interval(lower, upper, 0.5) + ")"
        : "its agreement with human preferences is not recorded with it";
    return "The judge is Assay's offline reward model, not an LLM: " + known
        + "; it is a small model over sentence embeddings that leans on length and layout, so read its verdicts as a"
        + " cheap proxy.";
  }
}
