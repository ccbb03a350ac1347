package dev.assay.quality.language;

import java.util.Set;

/**
 * Makes {@link LanguageDetector}s of one kind, found by {@link #name()} through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/dev.assay.quality.language.LanguageDetectorProvider}).
 *
 * <pre>{@code
 * public final class MyDetectors implements LanguageDetectorProvider {
 *   public String name() { return "mine"; }
 *   public Set<String> supported() { return Set.of("en", "fr"); }
 *   public LanguageDetector create(Set<String> candidates, boolean fast) { return text -> ...; }
 * }
 * }</pre>
 */
public interface LanguageDetectorProvider {
  /** The name used in the {@code detector} parameter. */
  String name();

  /** The lower-case ISO 639-1 codes this detector can tell apart. */
  Set<String> supported();

  /**
   * A detector choosing among {@code candidates} (all {@link #supported()} languages when empty);
   * {@code fast} trades accuracy on short texts for start-up time and memory.
   */
  LanguageDetector create(Set<String> candidates, boolean fast);
}
