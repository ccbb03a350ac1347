package dev.assay.server.annotate;

import dev.assay.core.AssayInputException;
import java.util.Locale;

/**
 * A pairwise preference in item terms: the item's {@code output_a}, its {@code output_b}, or a
 * tie. Never a screen position: the web page maps "left"/"right" through the assignment's
 * recorded order before anything is stored.
 *
 * <pre>{@code
 * PairLabel l = PairLabel.of("a");
 * l.code();   // 0, the category for agreement statistics
 * }</pre>
 */
public enum PairLabel {
  A,
  B,
  TIE;

  /** The spelling in the API and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The nominal category for agreement: a 0, b 1, tie 2. */
  public int code() {
    return ordinal();
  }

  /** Reads the spelling. */
  public static PairLabel of(String word) {
    if (word != null) {
      for (PairLabel l : values()) {
        if (l.wire().equals(word.strip().toLowerCase(Locale.ROOT))) {
          return l;
        }
      }
    }
    throw new AssayInputException("label: expected \"a\", \"b\" or \"tie\" (in item terms: output_a, output_b), found "
        + (word == null ? "nothing" : "\"" + word + "\""));
  }
}
