package dev.assay.core.run;

import java.util.List;

/**
 * {@code gate.json}: the result of a quality gate over run folders. Each assertion names a run (or
 * step), a field path into its contract files, an operator and a threshold (a number, or the same
 * field of a baseline run plus or minus a margin); its outcome is {@link GateOutcome#PASS},
 * {@link GateOutcome#FAIL} or {@link GateOutcome#ERROR} (could not be evaluated), so "failed" is
 * never mixed with "crashed". Comparisons with a baseline say which significance test on matched
 * items decided them, the p-values, and the multiple-comparison correction across assertions.
 *
 * <pre>{@code
 * GateResults g = RunFileKind.GATE_RESULTS.contract(GateResults.class).read(dir.resolve("gate.json"));
 * if (g.outcome() == GateOutcome.FAIL) System.exit(1);
 * }</pre>
 *
 * @param outcome the gate's outcome
 * @param passed assertions that passed
 * @param failed error-severity assertions that failed
 * @param warned warn-severity assertions that failed
 * @param errors assertions that could not be evaluated
 * @param regression how baseline comparisons were tested, or null without a baseline
 * @param assertions every assertion, in the order given
 */
public record GateResults(
    @Doc("PASS when no error-severity assertion failed and every one was evaluated; ERROR when any could not be evaluated; else FAIL")
        GateOutcome outcome,
    @Doc("assertions that passed") int passed,
    @Doc("error-severity assertions that failed") int failed,
    @Doc("warn-severity assertions that failed (reported, the gate still passes)") int warned,
    @Doc("assertions that could not be evaluated") int errors,
    @Doc(value = "how comparisons with the baseline run were tested; null without --baseline", required = false)
        Regression regression,
    @Doc("every assertion, in the order given") List<Assertion> assertions) {

  /** Copies. */
  public GateResults {
    assertions = List.copyOf(assertions);
  }

  /** Results without warn-severity failures or baseline comparisons (the version 1 shape). */
  public GateResults(GateOutcome outcome, int passed, int failed, int errors, List<Assertion> assertions) {
    this(outcome, passed, failed, 0, errors, null, assertions);
  }

  /**
   * One assertion and its result.
   *
   * @param expression the assertion as written
   * @param run the run folder or step it read
   * @param field the field path inside the run's files
   * @param op the comparison
   * @param threshold the number compared with (for a baseline assertion: baseline value + margin)
   * @param actual the value found, or null
   * @param outcome pass, fail or error
   * @param severity error or warn
   * @param message why, in a sentence
   * @param baseline the comparison with the baseline run, or null
   */
  public record Assertion(
      @Doc("the assertion as written, e.g. 'judge.win_rate >= 0.6'") String expression,
      @Doc("the run folder or pipeline step it read") String run,
      @Doc("the field path inside the run's files") String field,
      @Doc("the comparison: <, <=, >, >=, ==, !=") String op,
      @Doc(value = "the number compared with (baseline value + margin for a baseline assertion); null when it could not be read",
          required = false) Double threshold,
      @Doc(value = "the value found; null when it could not be read", required = false) Double actual,
      @Doc("pass, fail or error") GateOutcome outcome,
      @Doc("error (a failure fails the gate) or warn (reported only)") GateSeverity severity,
      @Doc("why, in a sentence") String message,
      @Doc(value = "the comparison with the baseline run, for 'field OP baseline [+-] margin' assertions", required = false)
          Baseline baseline) {

    /** An error-severity assertion against a number (the version 1 shape). */
    public Assertion(String expression, String run, String field, String op, double threshold, Double actual,
        GateOutcome outcome, String message) {
      this(expression, run, field, op, Double.valueOf(threshold), actual, outcome, GateSeverity.ERROR, message, null);
    }
  }

  /**
   * A comparison with the same field of the baseline run, decided on matched items.
   *
   * @param run the baseline run folder
   * @param value the field's value in the baseline run
   * @param margin the margin added to it (negative for {@code baseline - 0.02})
   * @param test the significance test, or null when the field has no per-item values
   * @param items matched items the test used, or null
   * @param statistic the test statistic, or null
   * @param pValue the test's two-sided p-value, or null
   * @param pAdjusted the p-value after the correction across assertions, or null
   */
  public record Baseline(
      @Doc("the baseline run folder") String run,
      @Doc(value = "the field's value in the baseline run; null when it could not be read", required = false) Double value,
      @Doc("the margin added to the baseline value (negative for 'baseline - 0.02')") double margin,
      @Doc(value = "the significance test on matched items (paired-bootstrap, mcnemar-exact); null when the field has no per-item values",
          required = false) String test,
      @Doc(value = "matched items the test used", required = false) Integer items,
      @Doc(value = "the test statistic (mean difference, or min(b, c) for McNemar)", required = false) Double statistic,
      @Doc(value = "two-sided p-value of the test", required = false) Double pValue,
      @Doc(value = "p-value after the correction across baseline assertions", required = false) Double pAdjusted) {}

  /**
   * How baseline comparisons were tested.
   *
   * @param test how the test was chosen (auto, mcnemar, bootstrap)
   * @param correction the multiple-comparison correction across assertions (holm)
   * @param alpha the family-wise significance level
   * @param resamples bootstrap resamples
   * @param seed bootstrap seed
   * @param tested assertions that had a test
   */
  public record Regression(
      @Doc("how the test was chosen: auto (McNemar for win/loss items with no margin, else paired bootstrap), mcnemar, bootstrap")
          String test,
      @Doc("the correction across baseline assertions: holm") String correction,
      @Doc("family-wise significance level: a shortfall fails only when its adjusted p-value is at most alpha") double alpha,
      @Doc("paired bootstrap resamples") int resamples,
      @Doc("paired bootstrap seed") long seed,
      @Doc("baseline assertions that had a significance test") int tested) {}
}
