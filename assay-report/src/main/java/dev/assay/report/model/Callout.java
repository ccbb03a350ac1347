package dev.assay.report.model;

/**
 * A highlighted note: something the reader must not miss.
 *
 * <pre>{@code new Callout(Callout.Level.WARNING, "3 rows failed and were not judged; see errors.jsonl.")}</pre>
 *
 * @param level how serious
 * @param text the sentence(s), plain text
 */
public record Callout(Level level, String text) implements Block {

  /** How serious a callout is. */
  public enum Level {
    INFO,
    WARNING,
    PROBLEM
  }
}
