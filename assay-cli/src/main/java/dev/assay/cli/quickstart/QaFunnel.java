package dev.assay.cli.quickstart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads what each check flagged from a QA run's {@code report.json} ({@code checks -> name ->
 * flagged, by_action}), for the quickstart's one-line summary.
 *
 * <pre>{@code
 * QaFunnel.describe(qa.report());   // "empty 1 rejected, pii 3 redacted, exact_dedup 1 rejected"
 * }</pre>
 */
final class QaFunnel {
  private QaFunnel() {}

  /** Check name -> records it flagged, in pipeline order, checks that flagged nothing left out. */
  static Map<String, Long> flaggedByCheck(Map<String, Object> report) {
    Map<String, Long> out = new LinkedHashMap<>();
    checks(report).forEach((name, c) -> {
      long n = c.get("flagged") instanceof Number f ? f.longValue() : 0;
      if (n > 0) {
        out.put(name, n);
      }
    });
    return out;
  }

  /** Each flagging check with its count per action, e.g. {@code "toxicity 2 rejected"}. */
  static String describe(Map<String, Object> report) {
    StringJoiner j = new StringJoiner(", ");
    checks(report).forEach((name, c) -> {
      if (c.get("by_action") instanceof Map<?, ?> actions) {
        actions.forEach((action, n) -> j.add(name + " " + n + " " + pastTense(String.valueOf(action))));
      }
    });
    return j.length() == 0 ? "nothing" : j.toString();
  }

  private static String pastTense(String action) {
    return switch (action) {
      case "reject" -> "rejected";
      case "redact" -> "redacted";
      case "tag" -> "tagged";
      case "keep" -> "kept";
      default -> action;
    };
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> checks(Map<String, Object> report) {
    Object checks = report.get("checks");
    return checks instanceof Map<?, ?> m ? (Map<String, Map<String, Object>>) m : Map.of();
  }
}
