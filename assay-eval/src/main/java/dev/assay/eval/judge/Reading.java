package dev.assay.eval.judge;

import dev.assay.eval.verdict.ParseStatus;
import dev.assay.eval.verdict.Parsed;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The verdict read from one {@link Exchange}: the first reply if it parses, else the repair reply,
 * else nothing with the raw text kept. Raw text of a repaired exchange is both replies, separated
 * by {@link #REPAIR_SEPARATOR}.
 *
 * <pre>{@code
 * Reading<PairVerdict> r = Reading.of(exchange, PairVerdictParser::parse);
 * if (r.status().usable()) use(r.value());
 * }</pre>
 *
 * @param value the verdict, null when none
 * @param status how it was obtained
 * @param rule the parse rule that matched, or empty
 * @param note doubts or the call error, or empty
 * @param raw everything the judge said for this request
 */
public record Reading<T>(T value, ParseStatus status, String rule, String note, String raw) {
  /** Put between a reply and its repair reply in {@link #raw}. */
  public static final String REPAIR_SEPARATOR = "\n\n--- repair reply ---\n";

  /** Reads {@code e} with {@code parser}. */
  public static <T> Reading<T> of(Exchange e, Function<String, Optional<Parsed<T>>> parser) {
    if (e.response() == null) {
      return new Reading<>(null, ParseStatus.CALL_FAILED, "", e.error() == null ? "no reply" : e.error(), "");
    }
    String first = e.response().text();
    Optional<Parsed<T>> p = parser.apply(first);
    if (p.isPresent()) {
      return new Reading<>(p.get().value(), ParseStatus.OK, p.get().rule(), p.get().note(), first);
    }
    if (e.repair() != null) {
      String both = first + REPAIR_SEPARATOR + e.repair().text();
      Optional<Parsed<T>> q = parser.apply(e.repair().text());
      if (q.isPresent()) {
        return new Reading<>(q.get().value(), ParseStatus.REPAIRED, q.get().rule(), q.get().note(), both);
      }
      return new Reading<>(null, ParseStatus.UNPARSEABLE, "", "no verdict in the reply nor in the repair reply", both);
    }
    String why = e.error() != null ? "no verdict; the repair request failed: " + e.error() : "no verdict in the reply";
    return new Reading<>(null, ParseStatus.UNPARSEABLE, "", why, first);
  }

  /** The status of several samples together: the worst usable one, else why none is usable. */
  public static ParseStatus combined(List<? extends Reading<?>> readings) {
    boolean anyUsable = readings.stream().anyMatch(r -> r.status().usable());
    if (anyUsable) {
      return readings.stream().anyMatch(r -> r.status() == ParseStatus.REPAIRED) ? ParseStatus.REPAIRED : ParseStatus.OK;
    }
    return readings.stream().allMatch(r -> r.status() == ParseStatus.CALL_FAILED)
        ? ParseStatus.CALL_FAILED
        : ParseStatus.UNPARSEABLE;
  }
}
