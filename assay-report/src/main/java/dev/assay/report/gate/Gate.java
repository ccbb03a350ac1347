package dev.assay.report.gate;

import dev.assay.core.run.GateOutcome;
import dev.assay.core.run.GateResults;
import dev.assay.stats.hypothesis.MultipleComparisons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates quality-gate assertions over run folders. Each assertion reads one field of one run
 * ({@link FieldPath}, derived fields in docs/gates.md) and compares it with a number, or with the
 * same field of a baseline run plus a margin. A baseline comparison that falls short fails only when
 * a significance test on matched items ({@link PairedComparison}: McNemar's exact test or the
 * paired bootstrap, from assay-stats) says so after Holm's correction across every tested baseline
 * assertion; a field without per-item values is compared as values alone, and the message says so.
 *
 * <p>Three kinds of problem never mix: assertions the user must fix (unknown run or field, a field
 * that is not a number, a baseline assertion without a baseline) throw {@link GateUsageException}
 * before anything is decided; fields that cannot be evaluated (an unreadable folder, an older
 * contract, an empty field) are {@link GateOutcome#ERROR}; the rest pass or fail.
 *
 * <pre>{@code
 * Runs runs = new Runs(List.of(RunLoader.load(Path.of("out/qa")), RunLoader.load(Path.of("out/judge"))));
 * Runs base = new Runs(List.of(RunLoader.load(Path.of("main/judge"))));
 * GateResults r = Gate.evaluate(List.of(GateAssertion.parse("qa.rejected_share <= 0.1"),
 *     GateAssertion.parse("judge.models[model-a].win_rate >= baseline - 0.02")), runs, base, Gate.Options.DEFAULTS);
 * r.outcome();   // PASS, FAIL or ERROR
 * }</pre>
 */
public final class Gate {
  private Gate() {}

  /**
   * How baseline comparisons are tested.
   *
   * @param alpha family-wise significance level
   * @param test which test
   * @param resamples paired bootstrap resamples
   * @param seed paired bootstrap seed
   */
  public record Options(double alpha, TestChoice test, int resamples, long seed) {
    /** alpha 0.05, auto, 2,000 resamples, seed 42. */
    public static final Options DEFAULTS = new Options(0.05, TestChoice.AUTO, 2000, 42L);

    /** Checks ranges. */
    public Options {
      if (!(alpha > 0 && alpha < 1)) {
        throw new GateSyntaxException("alpha must lie strictly between 0 and 1, found " + alpha);
      }
      if (resamples < 1) {
        throw new GateSyntaxException("resamples must be at least 1, found " + resamples);
      }
    }
  }

  /** One assertion while it is evaluated. */
  private static final class Eval {
    final GateAssertion a;
    String run;
    String field;
    Double actual;
    Double threshold;
    String error;
    String baselineRun;
    Double baselineValue;
    PairedComparison cmp;
    Double adjusted;
    String noTest;

    Eval(GateAssertion a) {
      this.a = a;
      this.run = a.target().segments().get(0).toString();
      this.field = a.target().drop(1).toString();
    }
  }

  /** Evaluates {@code assertions}; {@code baseline} may be null when no assertion uses it. */
  public static GateResults evaluate(List<GateAssertion> assertions, Runs runs, Runs baseline, Options options) {
    List<String> usage = new ArrayList<>();
    List<Eval> evals = new ArrayList<>();
    for (GateAssertion a : assertions) {
      Eval e = new Eval(a);
      evals.add(e);
      try {
        evaluateOne(e, runs, baseline, options);
      } catch (FieldResolver.Unknown u) {
        usage.add(e.a.expression() + ": " + GateMessages.unknown(u, e.run));
      } catch (NotANumber n) {
        usage.add(e.a.expression() + ": " + n.getMessage());
      }
    }
    if (!usage.isEmpty()) {
      throw new GateUsageException(usage);
    }
    List<Eval> tested = evals.stream().filter(e -> e.cmp != null && !Double.isNaN(e.cmp.pValue())).toList();
    if (!tested.isEmpty()) {
      double[] p = tested.stream().mapToDouble(e -> e.cmp.pValue()).toArray();
      double[] adj = MultipleComparisons.holm(p);
      for (int i = 0; i < adj.length; i++) {
        tested.get(i).adjusted = adj[i];
      }
    }
    List<GateResults.Assertion> out = new ArrayList<>();
    int passed = 0;
    int failed = 0;
    int warned = 0;
    int errors = 0;
    for (Eval e : evals) {
      GateResults.Assertion r = GateMessages.result(e.a, e.run, e.field, e.actual, e.threshold, e.error, e.baselineRun,
          e.baselineValue, e.cmp, e.adjusted, e.noTest, options, tested.size());
      out.add(r);
      switch (r.outcome()) {
        case PASS -> passed++;
        case ERROR -> errors++;
        case FAIL -> {
          if (r.severity() == dev.assay.core.run.GateSeverity.WARN) {
            warned++;
          } else {
            failed++;
          }
        }
      }
    }
    GateOutcome outcome = errors > 0 ? GateOutcome.ERROR : failed > 0 ? GateOutcome.FAIL : GateOutcome.PASS;
    boolean anyBaseline = evals.stream().anyMatch(e -> e.a.threshold() instanceof GateAssertion.Baseline);
    GateResults.Regression reg = anyBaseline
        ? new GateResults.Regression(options.test().id(), "holm", options.alpha(), options.resamples(), options.seed(), tested.size())
        : null;
    return new GateResults(outcome, passed, failed, warned, errors, reg, out);
  }

  private static void evaluateOne(Eval e, Runs runs, Runs baseline, Options options) {
    Runs.Hit hit = runs.find(e.a.target());
    RunView run = hit.run();
    FieldPath rel = e.a.target().drop(hit.segments());
    e.run = run.name();
    e.field = rel.toString();
    boolean vsBaseline = e.a.threshold() instanceof GateAssertion.Baseline;
    if (e.a.threshold() instanceof GateAssertion.Fixed f) {
      e.threshold = f.value();
    }
    if (vsBaseline && baseline == null) {
      throw new NotANumber("compares with the baseline, but no baseline run was given (--baseline DIR)");
    }
    if (!run.readable()) {
      e.error = run.error();
      checkBaselineRun(baseline, run, vsBaseline);
      return;
    }
    try {
      e.actual = number(run.node(rel), e.run + "." + e.field);
    } catch (FieldResolver.Empty empty) {
      e.error = e.run + ": " + empty.getMessage();
    }
    if (!vsBaseline) {
      return;
    }
    double margin = ((GateAssertion.Baseline) e.a.threshold()).margin();
    RunView base = checkBaselineRun(baseline, run, true);
    e.baselineRun = base.dir().toString();
    if (!base.readable()) {
      e.error = e.error != null ? e.error : "baseline " + base.error();
      return;
    }
    try {
      e.baselineValue = number(base.node(rel), "baseline " + base.name() + "." + e.field);
      e.threshold = e.baselineValue + margin;
    } catch (FieldResolver.Empty empty) {
      e.error = e.error != null ? e.error : "baseline " + base.name() + ": " + empty.getMessage();
      return;
    } catch (FieldResolver.Unknown u) {
      e.error = e.error != null ? e.error : "the baseline run " + base.dir() + " has no field '" + e.field + "' (" + u.getMessage() + ")";
      return;
    } catch (NotANumber n) {
      e.error = e.error != null ? e.error : "baseline: " + n.getMessage();
      return;
    }
    Boolean higher = e.a.op().higherIsBetter();
    Optional<Map<String, Double>> cur = run.itemValues(rel);
    Optional<Map<String, Double>> old = base.itemValues(rel);
    if (higher == null) {
      e.noTest = "'" + e.a.op().symbol() + "' compares values only (no test)";
    } else if (cur.isEmpty() || old.isEmpty()) {
      e.noTest = "no per-item values for this field: compared the values only, without a significance test";
    } else {
      e.cmp = PairedComparison.run(cur.get(), old.get(), margin, higher, options.test(), options.resamples(), options.seed());
      if (e.cmp == null) {
        e.noTest = "no item is in both runs: compared the values only, without a significance test";
      }
    }
  }

  /** The baseline run matching {@code run}: same folder name, else same command, else the only one. */
  private static RunView checkBaselineRun(Runs baseline, RunView run, boolean needed) {
    if (!needed) {
      return null;
    }
    for (RunView b : baseline.runs()) {
      if (b.name().equals(run.name())) {
        return b;
      }
    }
    List<RunView> same = baseline.runs().stream().filter(b -> b.command() != null && b.command().equals(run.command())).toList();
    if (same.size() == 1) {
      return same.get(0);
    }
    if (baseline.runs().size() == 1) {
      return baseline.runs().get(0);
    }
    throw new NotANumber("no baseline run matches '" + run.name() + "' (by folder name or command); baseline runs: "
        + String.join(", ", baseline.names()));
  }

  private static double number(JsonNode n, String where) {
    if (n.isNumber()) {
      return n.asDouble();
    }
    if (n.isBoolean()) {
      return n.asBoolean() ? 1 : 0;
    }
    if (n.isObject()) {
      List<String> names = new ArrayList<>();
      n.propertyNames().forEach(names::add);
      throw new NotANumber("'" + where + "' is a group of fields, not a number; name one of: " + String.join(", ", names));
    }
    if (n.isArray()) {
      throw new NotANumber("'" + where + "' is a list of " + n.size() + " entries, not a number; choose one ('" + where + "[0]') and a field");
    }
    throw new NotANumber("'" + where + "' is " + FieldResolver.describe(n) + ", not a number");
  }

  /** Bad usage found while reading a field. */
  static final class NotANumber extends RuntimeException {
    NotANumber(String message) {
      super(message);
    }
  }
}
