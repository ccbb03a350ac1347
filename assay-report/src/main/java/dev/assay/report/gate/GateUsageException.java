package dev.assay.report.gate;

import java.util.List;

/**
 * Assertions the user must fix before the gate can run: an unknown run or field (each message lists
 * what exists at that point of the path, with a did-you-mean), a field that is not a number, a
 * baseline assertion without {@code --baseline}. Exit code 2, never mixed with a failed assertion
 * (1) or an evaluation error (70).
 *
 * <pre>{@code
 * try { Gate.evaluate(...); } catch (GateUsageException e) { e.problems().forEach(System.err::println); }
 * }</pre>
 */
public final class GateUsageException extends RuntimeException {
  private final List<String> problems;

  /** One message per assertion at fault. */
  public GateUsageException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** The messages, one per assertion at fault. */
  public List<String> problems() {
    return problems;
  }
}
