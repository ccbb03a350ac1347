package dev.assay.cli;

/**
 * A problem the user can fix: a missing file, a malformed input, a bad option value. The CLI
 * prints its message (which names {@code file:line} where there is one) and exits with
 * {@link ExitCode#USAGE}, without a stack trace.
 *
 * <pre>{@code
 * throw new UsageError("ratings.csv:7: column 'r2': expected a number, found 'abc'");
 * }</pre>
 */
public final class UsageError extends RuntimeException {
  public UsageError(String message) {
    super(message);
  }

  public UsageError(String message, Throwable cause) {
    super(message, cause);
  }
}
