package dev.assay.report.gate;

import dev.assay.core.run.GateSeverity;
import java.util.Locale;

/**
 * One quality-gate assertion: {@code <run>.<field path> <op> <threshold>}, where the threshold is a
 * number or {@code baseline}, {@code baseline - 0.02}, {@code baseline + 1} (the same field of the
 * baseline run, plus a margin). The run is a run folder's name (or its manifest's command when that
 * is unique); see {@link FieldPath} for the path syntax and docs/gates.md for the fields.
 *
 * <pre>{@code
 * GateAssertion a = GateAssertion.parse("qa.rejected_share <= 0.1");
 * GateAssertion r = GateAssertion.parse("judge.models[model-a].win_rate >= baseline - 0.02");
 * r.threshold() instanceof Threshold.Baseline b && b.margin() == -0.02;   // true
 * }</pre>
 *
 * @param expression the assertion as written
 * @param target the run and field path, as one path ({@code qa.counts.rejected})
 * @param op the comparison
 * @param threshold a number or the baseline plus a margin
 * @param severity whether a failure fails the gate
 */
public record GateAssertion(String expression, FieldPath target, GateOp op, Threshold threshold, GateSeverity severity) {

  /** What the field is compared with. */
  public sealed interface Threshold permits Fixed, Baseline {}

  /** A number. */
  public record Fixed(double value) implements Threshold {}

  /** The same field of the baseline run plus {@code margin}. */
  public record Baseline(double margin) implements Threshold {}

  /** Parses an assertion with severity error. */
  public static GateAssertion parse(String expression) {
    return parse(expression, GateSeverity.ERROR);
  }

  /** Parses an assertion; the error quotes it and says what is wrong. */
  public static GateAssertion parse(String expression, GateSeverity severity) {
    String e = expression == null ? "" : expression.trim();
    int at = operatorAt(e);
    if (at < 0) {
      throw new GateSyntaxException("'" + e + "': no comparison; write '<run>.<field> <op> <number>' with op one of < <= > >= == !=");
    }
    int len = at + 1 < e.length() && e.charAt(at + 1) == '=' ? 2 : 1;
    String sym = e.substring(at, at + len);
    if (at + len < e.length() && "<>=!".indexOf(e.charAt(at + len)) >= 0) {
      sym = e.substring(at, at + len + 1);
    }
    GateOp op;
    try {
      op = GateOp.of(sym);
    } catch (GateSyntaxException x) {
      throw new GateSyntaxException("'" + e + "': " + x.getMessage());
    }
    String left = e.substring(0, at).trim();
    String right = e.substring(at + sym.length()).trim();
    if (left.isEmpty()) {
      throw new GateSyntaxException("'" + e + "': nothing before '" + sym + "'; write '<run>.<field> " + sym + " <number>'");
    }
    FieldPath target;
    try {
      target = FieldPath.parse(left);
    } catch (GateSyntaxException x) {
      throw new GateSyntaxException("'" + e + "': " + x.getMessage());
    }
    if (target.segments().size() < 2 || !(target.segments().get(0) instanceof FieldPath.Name)) {
      throw new GateSyntaxException("'" + e + "': '" + left + "' names no field; write '<run>.<field>', e.g. 'qa.rejected_share'");
    }
    return new GateAssertion(e, target, op, threshold(e, right), severity == null ? GateSeverity.ERROR : severity);
  }

  private static Threshold threshold(String e, String right) {
    String r = right.toLowerCase(Locale.ROOT).replace(" ", "");
    if (r.startsWith("baseline")) {
      String rest = r.substring("baseline".length());
      if (rest.isEmpty()) {
        return new Baseline(0);
      }
      if (rest.charAt(0) == '+' || rest.charAt(0) == '-') {
        double m = number(e, rest.substring(1));
        return new Baseline(rest.charAt(0) == '-' ? -m : m);
      }
      throw new GateSyntaxException("'" + e + "': after 'baseline' write '+ <number>' or '- <number>', found '" + right.substring(8).trim() + "'");
    }
    return new Fixed(number(e, right));
  }

  private static double number(String e, String s) {
    if (s.isEmpty()) {
      throw new GateSyntaxException("'" + e + "': the threshold is missing; write a number or 'baseline - <margin>'");
    }
    try {
      if (s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
        return Double.parseDouble(s);
      }
    } catch (NumberFormatException ignored) {
      // falls through
    }
    throw new GateSyntaxException("'" + e + "': the threshold '" + s + "' is not a number (write 0.05, not 5%; or 'baseline - 0.02')");
  }

  /** Index of the first operator character outside brackets and quotes, or -1. */
  private static int operatorAt(String e) {
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < e.length(); i++) {
      char c = e.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '[') {
        depth++;
      } else if (!quoted && c == ']') {
        depth--;
      } else if (!quoted && depth == 0 && "<>=!".indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** The run part and the field part, once the run is known: {@code qa} and {@code counts.rejected}. */
  public String fieldText(int runSegments) {
    return target.drop(runSegments).toString();
  }
}
