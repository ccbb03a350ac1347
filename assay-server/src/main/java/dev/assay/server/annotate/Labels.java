package dev.assay.server.annotate;

import dev.assay.core.AssayInputException;
import dev.assay.server.project.Project;
import dev.assay.stats.agreement.KrippendorffAlpha;

/**
 * A project's labels as stored and as statistics see them: a pairwise project stores {@code a},
 * {@code b} or {@code tie} (categories 0, 1, 2, nominal); a Likert project stores the score
 * {@code 1}..{@code N} (categories 0..N-1, ordinal).
 *
 * <pre>{@code
 * String stored = Labels.parse(project, "4");   // "4" on a 1..5 Likert project
 * int category = Labels.code(project, stored);  // 3
 * }</pre>
 */
public final class Labels {
  private Labels() {}

  /** The stored spelling of {@code text} as a label of {@code p}; a clear error when it is none. */
  public static String parse(Project p, String text) {
    if (p.pairwise()) {
      return PairLabel.of(text).wire();
    }
    try {
      int score = Integer.parseInt(text == null ? "" : text.strip());
      if (score >= 1 && score <= p.scaleMax()) {
        return Integer.toString(score);
      }
    } catch (NumberFormatException e) {
      // below
    }
    throw new AssayInputException("score: expected a whole number from 1 to " + p.scaleMax() + ", found "
        + (text == null ? "nothing" : "\"" + text + "\""));
  }

  /** The 0-based category of a stored label. */
  public static int code(Project p, String stored) {
    return p.pairwise() ? PairLabel.of(stored).code() : Integer.parseInt(stored) - 1;
  }

  /** How many categories the project's labels have. */
  public static int categories(Project p) {
    return p.pairwise() ? 3 : p.scaleMax();
  }

  /** The level of measurement for Krippendorff's alpha. */
  public static KrippendorffAlpha.Level level(Project p) {
    return p.pairwise() ? KrippendorffAlpha.Level.NOMINAL : KrippendorffAlpha.Level.ORDINAL;
  }
}
