package dev.assay.eval.verdict;

import java.util.Objects;

/**
 * A verdict read from a reply, with the rule that found it and a note for doubtful cases (for
 * example conflicting markers), so reports can say why a verdict was read the way it was.
 *
 * <pre>{@code
 * Optional<Parsed<PairVerdict>> p = PairVerdictParser.parse("... [[B]]");
 * p.get().value();   // B
 * p.get().rule();    // "marker"
 * }</pre>
 *
 * @param value the verdict
 * @param rule which rule matched: {@code json}, {@code marker}, {@code bracket}, {@code labelled},
 *     {@code bare} ...
 * @param note empty, or what was doubtful
 */
public record Parsed<T>(T value, String rule, String note) {
  public Parsed {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
    note = note == null ? "" : note;
  }

  public static <T> Parsed<T> of(T value, String rule) {
    return new Parsed<>(value, rule, "");
  }
}
