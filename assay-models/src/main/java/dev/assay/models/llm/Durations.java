package dev.assay.models.llm;

import java.time.Duration;

/**
 * Durations as written in config files: a number and a unit, {@code 250ms}, {@code 30s},
 * {@code 1.5s}, {@code 2m}.
 *
 * <pre>{@code
 * Duration d = Durations.parse("500ms");
 * }</pre>
 */
final class Durations {
  static final String PATTERN = "\\d+(\\.\\d+)?(ms|s|m)";
  static final String MESSAGE = "must be a number and a unit (ms, s, m) such as 30s or 500ms";

  private Durations() {}

  static Duration parse(String text) {
    if (text == null || !text.strip().matches(PATTERN)) {
      throw new IllegalArgumentException("duration: expected a number and a unit (ms, s, m), found '" + text + "'");
    }
    String t = text.strip();
    String unit = t.endsWith("ms") ? "ms" : t.substring(t.length() - 1);
    double v = Double.parseDouble(t.substring(0, t.length() - unit.length()));
    double millis = switch (unit) {
      case "ms" -> v;
      case "s" -> v * 1000;
      default -> v * 60_000;
    };
    return Duration.ofNanos(Math.round(millis * 1e6));
  }
}
