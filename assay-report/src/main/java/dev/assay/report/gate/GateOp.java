package dev.assay.report.gate;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The comparison of a gate assertion.
 *
 * <pre>{@code
 * GateOp.of("<=").holds(0.04, 0.05);   // true
 * GateOp.GE.higherIsBetter();          // true: falling short of the threshold is a regression
 * }</pre>
 */
public enum GateOp {
  /** Less than. */
  LT("<"),
  /** At most. */
  LE("<="),
  /** Greater than. */
  GT(">"),
  /** At least. */
  GE(">="),
  /** Equal (exactly, or within 1e-9 relative for computed shares). */
  EQ("=="),
  /** Not equal. */
  NE("!=");

  private final String symbol;

  GateOp(String symbol) {
    this.symbol = symbol;
  }

  /** As written: {@code <=}. */
  public String symbol() {
    return symbol;
  }

  /** Whether {@code actual OP threshold} holds. */
  public boolean holds(double actual, double threshold) {
    return switch (this) {
      case LT -> actual < threshold;
      case LE -> actual <= threshold;
      case GT -> actual > threshold;
      case GE -> actual >= threshold;
      case EQ -> close(actual, threshold);
      case NE -> !close(actual, threshold);
    };
  }

  /** True for {@code >} and {@code >=}, false for {@code <} and {@code <=}; null for {@code ==} and {@code !=}. */
  public Boolean higherIsBetter() {
    return switch (this) {
      case GT, GE -> Boolean.TRUE;
      case LT, LE -> Boolean.FALSE;
      case EQ, NE -> null;
    };
  }

  /** The operator whose negation this is, as shown in failure messages ({@code <=} fails as {@code >}). */
  public String negated() {
    return switch (this) {
      case LT -> ">=";
      case LE -> ">";
      case GT -> "<=";
      case GE -> "<";
      case EQ -> "!=";
      case NE -> "==";
    };
  }

  private static boolean close(double a, double b) {
    return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }

  /** The operator spelled {@code symbol}; the error lists all six. */
  public static GateOp of(String symbol) {
    for (GateOp op : values()) {
      if (op.symbol.equals(symbol)) {
        return op;
      }
    }
    throw new GateSyntaxException("unknown operator '" + symbol + "'; use one of "
        + Arrays.stream(values()).map(GateOp::symbol).collect(Collectors.joining(" ")));
  }
}
