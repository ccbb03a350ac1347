package dev.assay.core.run;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A closed vocabulary written into run files as lower-case words ({@code ok}, {@code data_rejected}).
 * Enums implement it with {@code @JsonValue} on {@link #wire()} and a {@code @JsonCreator} that
 * calls {@link #parse}, so files never depend on the default locale and unknown words fail with the
 * allowed ones listed.
 *
 * <pre>{@code
 * RunStatus s = WireValue.parse(RunStatus.class, "data_rejected");   // DATA_REJECTED
 * s.wire();                                                          // "data_rejected"
 * }</pre>
 */
public interface WireValue {
  /** The word written into files. */
  String wire();

  /** The default spelling: the constant's name in lower case (locale-independent). */
  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** The constant whose {@link #wire()} is {@code word}; an error lists the allowed words. */
  static <E extends Enum<E> & WireValue> E parse(Class<E> type, String word) {
    for (E e : type.getEnumConstants()) {
      if (e.wire().equals(word)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "'" + word + "' is not one of: " + Arrays.stream(type.getEnumConstants()).map(WireValue::wire).collect(Collectors.joining(", ")));
  }
}
