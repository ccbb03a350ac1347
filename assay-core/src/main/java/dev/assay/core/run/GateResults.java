package dev.assay.core.run;

import java.util.List;

/**
 * {@code gate.json}: the result of a quality gate over run folders. Each assertion names a run (or
 * step), a field path into one of its contract files, an operator and a threshold; its outcome is
 * {@link GateOutcome#PASS}, {@link GateOutcome#FAIL} or {@link GateOutcome#ERROR} (could not be
 * evaluated), so "failed" is never mixed with "crashed".
 *
 * <pre>{@code
 * GateResults g = RunFileKind.GATE_RESULTS.contract(GateResults.class).read(dir.resolve("gate.json"));
 * if (g.outcome() == GateOutcome.FAIL) System.exit(1);
 * }</pre>
 */
public record GateResults(
    @Doc("PASS when every assertion passed; ERROR when any could not be evaluated; else FAIL") GateOutcome outcome,
    @Doc("assertions that passed") int passed,
    @Doc("assertions that failed") int failed,
    @Doc("assertions that could not be evaluated") int errors,
    @Doc("every assertion, in the order given") List<Assertion> assertions) {

  /** Copies. */
  public GateResults {
    assertions = List.copyOf(assertions);
  }

  /**
   * One assertion and its result.
   *
   * @param expression the assertion as written
   * @param run the run folder or step it read
   * @param field the field path inside the run's files
   * @param op the comparison
   * @param threshold the number compared with
   * @param actual the value found, or null
   * @param outcome pass, fail or error
   * @param message why, in a sentence
   */
  public record Assertion(
      @Doc("the assertion as written, e.g. 'judge.win_rate >= 0.6'") String expression,
      @Doc("the run folder or pipeline step it read") String run,
      @Doc("the field path inside the run's files") String field,
      @Doc("the comparison: <, <=, >, >=, ==, !=") String op,
      @Doc("the number compared with") double threshold,
      @Doc(value = "the value found; null when it could not be read", required = false) Double actual,
      @Doc("pass, fail or error") GateOutcome outcome,
      @Doc("why, in a sentence") String message) {}
}
