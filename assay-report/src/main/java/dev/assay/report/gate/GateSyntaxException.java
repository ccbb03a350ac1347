package dev.assay.report.gate;

/**
 * An assertion that cannot be read (a bad operator, a path that does not parse, a threshold that is
 * not a number): bad usage, exit code 2.
 *
 * <pre>{@code
 * GateAssertion.parse("qa.rejected_share =< 0.1");   // throws: unknown operator '=<' ...
 * }</pre>
 */
public class GateSyntaxException extends IllegalArgumentException {
  /** With a message for people. */
  public GateSyntaxException(String message) {
    super(message);
  }
}
