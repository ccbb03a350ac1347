package dev.assay.quality.language;

/**
 * Identifies the language of a text. Implementations are thread-safe: the QA pipeline calls
 * {@link #detect(String)} from several workers at once. Plug another detector by implementing
 * {@link LanguageDetectorProvider} and naming it in the {@code language} check's {@code detector}
 * parameter.
 *
 * <pre>{@code
 * LanguageDetector d = LanguageDetectors.get("lingua", List.of("en", "de"), false);
 * Detection result = d.detect("Wie spät ist es?");   // de
 * }</pre>
 */
@FunctionalInterface
public interface LanguageDetector {
  /** The most likely language of {@code text}, or {@link Detection#NONE}. */
  Detection detect(String text);
}
