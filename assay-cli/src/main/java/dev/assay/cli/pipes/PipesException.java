package dev.assay.cli.pipes;

/**
 * A Dagster Pipes bootstrap that cannot be used (a parameter that does not decode, a context file
 * that is missing, a message channel that cannot be opened).
 *
 * <pre>{@code
 * throw new PipesException("DAGSTER_PIPES_CONTEXT: not base64");
 * }</pre>
 */
public final class PipesException extends RuntimeException {
  /** With a message. */
  public PipesException(String message) {
    super(message);
  }

  /** With a message and cause. */
  public PipesException(String message, Throwable cause) {
    super(message, cause);
  }
}
