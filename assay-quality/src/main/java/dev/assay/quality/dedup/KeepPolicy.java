package dev.assay.quality.dedup;

import java.util.Locale;

/**
 * Which record of a duplicate group is kept; the others are rejected as its duplicates. Ties go to
 * the record that came first in the input, so every policy is deterministic.
 *
 * <pre>{@code
 * KeepPolicy p = KeepPolicy.parse("longest");
 * boolean better = p.better(len1, score1, len2, score2);   // is record 1 preferred to record 2?
 * }</pre>
 */
public enum KeepPolicy {
  /** Keep the first record of the group in input order. */
  FIRST,
  /** Keep the longest text (in UTF-16 code units); ties go to the earlier record. */
  LONGEST,
  /**
   * Keep the record with the highest numeric score (a named field); records whose score is missing
   * or not a number rank lowest; ties go to the earlier record.
   */
  HIGHEST_SCORE;

  /** Parses {@code first}, {@code longest} or {@code highest_score} (case-insensitive). */
  public static KeepPolicy parse(String name) {
    if (name == null) {
      throw new IllegalArgumentException("keep: expected first, longest or highest_score, found null");
    }
    return switch (name.toLowerCase(Locale.ROOT).replace('-', '_')) {
      case "first" -> FIRST;
      case "longest" -> LONGEST;
      case "highest_score", "score" -> HIGHEST_SCORE;
      default ->
          throw new IllegalArgumentException(
              "keep: expected first, longest or highest_score, found '" + name + "'");
    };
  }

  /** The policy's name as written in configuration. */
  public String configName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * True when a later record (length {@code lenB}, score {@code scoreB}) should replace the
   * currently kept earlier one ({@code lenA}, {@code scoreA}). NaN scores rank lowest.
   */
  public boolean replaces(int lenA, double scoreA, int lenB, double scoreB) {
    return switch (this) {
      case FIRST -> false;
      case LONGEST -> lenB > lenA;
      case HIGHEST_SCORE -> !Double.isNaN(scoreB) && (Double.isNaN(scoreA) || scoreB > scoreA);
    };
  }
}
