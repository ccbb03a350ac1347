package dev.assay.core;

/**
 * An input the user can fix: a missing or unreadable file, an unknown format, an invalid config.
 * The message always names the place ({@code file:line: field: expected ..., found ...} where
 * there is a line) so the CLI can print it as it is.
 *
 * <pre>{@code
 * throw new AssayInputException("pipeline.yaml:4: threshold: expected a number in [0,1], found 1.5");
 * }</pre>
 */
public class AssayInputException extends RuntimeException {
  public AssayInputException(String message) {
    super(message);
  }

  public AssayInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
