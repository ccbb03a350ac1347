package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which answer of a pair the judge preferred, in the pair's own terms (a = {@code output_a}).
 *
 * <pre>{@code
 * Winner w = Winner.of("tie");
 * }</pre>
 */
public enum Winner implements WireValue {
  /** The first answer of the pair ({@code output_a}, {@code model_a}). */
  A,
  /** The second answer ({@code output_b}, {@code model_b}). */
  B,
  /** Neither. */
  TIE;

  @Override
  @JsonValue
  public String wire() {
    return WireValue.lower(this);
  }

  /** Reads the file spelling. */
  @JsonCreator
  public static Winner of(String word) {
    return WireValue.parse(Winner.class, word);
  }
}
