package dev.assay.models.toxicity.perspective;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Perspective said about one text: a summary score per label, span scores per label, and
 * an error when the text could not be scored in full.
 *
 * <p>Per-text failures do not throw: a 400 (e.g. {@code INVALID_ARGUMENT}, language not
 * supported) gives NaN on every label, and an attribute missing from a response gives NaN on
 * that label; in both cases {@link #error()} says why. Failures of the service (retries
 * exhausted, malformed responses) throw {@link PerspectiveException} instead.
 *
 * <pre>{@code
 * PerspectiveResult r = scorer.analyze(List.of("you idiot")).get(0);
 * double tox = r.scores().get("toxicity");
 * r.error().ifPresent(System.err::println);
 * }</pre>
 *
 * @param scores label -> summary score in [0, 1], NaN when not scored
 * @param spans label -> span scores (may be empty)
 * @param errorMessage why some or all labels are NaN, or null
 */
public record PerspectiveResult(Map<String, Double> scores, Map<String, List<SpanScore>> spans, String errorMessage) {

  /** A score for the characters {@code [begin, end)} of the text. */
  public record SpanScore(int begin, int end, double score) {}

  public PerspectiveResult {
    scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    spans = Map.copyOf(spans);
  }

  /** The error, if some labels could not be scored. */
  public Optional<String> error() {
    return Optional.ofNullable(errorMessage);
  }

  /** Every label NaN, with the reason. */
  static PerspectiveResult failed(List<String> labels, String message) {
    Map<String, Double> s = new java.util.LinkedHashMap<>();
    labels.forEach(l -> s.put(l, Double.NaN));
    return new PerspectiveResult(s, Map.of(), message);
  }

  /** Every label 0 (blank text, never sent). */
  static PerspectiveResult zero(List<String> labels) {
    Map<String, Double> s = new java.util.LinkedHashMap<>();
    labels.forEach(l -> s.put(l, 0.0));
    return new PerspectiveResult(s, Map.of(), null);
  }
}
