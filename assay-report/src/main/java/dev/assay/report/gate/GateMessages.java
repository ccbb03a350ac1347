package dev.assay.report.gate;

import dev.assay.core.run.GateOutcome;
import dev.assay.core.run.GateResults;
import java.util.List;
import java.util.Optional;

/**
 * The sentences of gate results: what was compared with what, and for baseline comparisons which
 * test on how many matched items, its p-value and the Holm-adjusted one; and, for unknown fields,
 * what exists at that point of the path with a did-you-mean.
 *
 * <pre>{@code
 * // "0.5 < 0.6 (baseline 0.62 - 0.02): a significant regression, paired-bootstrap on 50 matched items,
 * //  mean difference -0.12, p = 0.0005, Holm-adjusted p = 0.001 <= alpha 0.05 (Holm over 2 tested assertions)"
 * }</pre>
 */
final class GateMessages {
  private static final int MAX_LISTED = 60;

  private GateMessages() {}

  static String unknown(FieldResolver.Unknown u, String run) {
    StringBuilder b = new StringBuilder(u.getMessage().replace("of this run", "of '" + run + "'"));
    Optional<String> close = DidYouMean.closest(u.typed, u.options);
    close.ifPresent(c -> b.append("; did you mean '").append(c).append("'"));
    if (!u.options.isEmpty()) {
      String where = u.at == null ? "run folders"
          : u.at.isEmpty() ? "fields of '" + run + "'" : "at '" + run + "." + u.at + "'";
      List<String> shown = u.options.size() > MAX_LISTED ? u.options.subList(0, MAX_LISTED) : u.options;
      b.append(close.isPresent() ? "? " : ". ").append(Character.toUpperCase(where.charAt(0))).append(where.substring(1)).append(": ")
          .append(String.join(", ", shown));
      if (shown.size() < u.options.size()) {
        b.append(" ... (").append(u.options.size() - shown.size()).append(" more)");
      }
    }
    return b.toString();
  }

  static GateResults.Assertion result(GateAssertion a, String run, String field, Double actual, Double threshold, String error,
      String baselineRun, Double baselineValue, PairedComparison cmp, Double adjusted, String noTest, Gate.Options o, int tested) {
    boolean vsBaseline = a.threshold() instanceof GateAssertion.Baseline;
    double margin = vsBaseline ? ((GateAssertion.Baseline) a.threshold()).margin() : 0;
    GateResults.Baseline base = vsBaseline
        ? new GateResults.Baseline(baselineRun == null ? "" : baselineRun, baselineValue, margin, cmp == null ? null : cmp.test(),
            cmp == null ? null : cmp.items(), cmp == null ? null : cmp.statistic(), cmp == null ? null : cmp.pValue(), adjusted)
        : null;
    if (error != null || actual == null || threshold == null) {
      return new GateResults.Assertion(a.expression(), run, field, a.op().symbol(), threshold, actual, GateOutcome.ERROR,
          a.severity(), error == null ? "could not be evaluated" : error, base);
    }
    boolean holds = a.op().holds(actual, threshold);
    String point = Num.format(actual) + " " + (holds ? a.op().symbol() : a.op().negated()) + " " + Num.format(threshold);
    if (!vsBaseline) {
      String msg = holds ? point : point + " (expected " + a.op().symbol() + " " + Num.format(threshold) + ")";
      return new GateResults.Assertion(a.expression(), run, field, a.op().symbol(), threshold, actual,
          holds ? GateOutcome.PASS : GateOutcome.FAIL, a.severity(), msg, base);
    }
    String against = " (baseline " + Num.format(baselineValue) + (margin == 0 ? "" : (margin < 0 ? " - " : " + ") + Num.format(Math.abs(margin))) + ")";
    GateOutcome outcome;
    String msg;
    if (cmp == null) {
      outcome = holds ? GateOutcome.PASS : GateOutcome.FAIL;
      msg = point + against + "; " + noTest;
    } else {
      String test = cmp.test() + " on " + cmp.items() + " matched items, " + statistic(cmp) + ", p = " + Num.format(cmp.pValue())
          + ", Holm-adjusted p = " + Num.format(adjusted) + (adjusted <= o.alpha() ? " <= " : " > ") + "alpha " + Num.format(o.alpha())
          + " (Holm over " + tested + " tested assertion" + (tested == 1 ? "" : "s") + ")" + (cmp.note() == null ? "" : "; " + cmp.note());
      if (holds) {
        outcome = GateOutcome.PASS;
        msg = point + against + "; " + test;
      } else if (cmp.worse() && adjusted <= o.alpha()) {
        outcome = GateOutcome.FAIL;
        msg = point + against + ": a significant regression, " + test;
      } else {
        outcome = GateOutcome.PASS;
        msg = point + against + " but the shortfall is not significant" + (cmp.worse() ? "" : " (the matched items do not point that way)")
            + ": " + test;
      }
    }
    return new GateResults.Assertion(a.expression(), run, field, a.op().symbol(), threshold, actual, outcome, a.severity(), msg, base);
  }

  private static String statistic(PairedComparison c) {
    return c.test().startsWith("mcnemar") ? "min(b, c) = " + Num.format(c.statistic()) : "mean difference " + Num.format(c.statistic());
  }
}
