package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The two shapes of judgment rows: a verdict between two answers, or a grade of one.
 *
 * <pre>{@code
 * JudgeMode m = row.mode();
 * }</pre>
 */
public enum JudgeMode implements WireValue {
  /** Two answers, one verdict (winner, preference). */
  PAIRWISE,
  /** One answer, one score (or one score per rubric criterion). */
  SINGLE;

  @Override
  @JsonValue
  public String wire() {
    return WireValue.lower(this);
  }

  /** Reads the file spelling. */
  @JsonCreator
  public static JudgeMode of(String word) {
    return WireValue.parse(JudgeMode.class, word);
  }
}
