package dev.assay.server.project;

import dev.assay.core.AssayInputException;
import java.util.Locale;

/**
 * What annotators do with a project's items: a pairwise preference (labels {@code a}, {@code b} or
 * {@code tie} in item terms) or a Likert score of one answer (1..N), each with an optional reason.
 *
 * <pre>{@code
 * ProjectKind k = ProjectKind.of("pairwise");
 * }</pre>
 */
public enum ProjectKind {
  /** Which of two answers is better: a, b or tie. */
  PAIRWISE,
  /** One answer scored on a 1..N scale (Likert). */
  LIKERT;

  /** The spelling in the API. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads the spelling. */
  public static ProjectKind of(String word) {
    for (ProjectKind k : values()) {
      if (k.wire().equals(word)) {
        return k;
      }
    }
    throw new AssayInputException("kind '" + word + "': this server annotates: pairwise, likert");
  }
}
