package dev.assay.cli.quickstart;

import dev.assay.core.run.QaReportFile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads what each check flagged from a QA run's report contract ({@link QaReportFile}), for the
 * quickstart's one-line summary.
 *
 * <pre>{@code
 * QaFunnel.describe(qa.report());   // "empty 1 rejected, pii 3 redacted, exact_dedup 1 rejected"
 * }</pre>
 */
final class QaFunnel {
  private QaFunnel() {}

  /** Check name -> records it flagged, in pipeline order, checks that flagged nothing left out. */
  static Map<String, Long> flaggedByCheck(QaReportFile report) {
    Map<String, Long> out = new LinkedHashMap<>();
    report.checks().forEach((name, c) -> {
      if (c.flagged() > 0) {
        out.put(name, c.flagged());
      }
    });
    return out;
  }

  /** Each flagging check with its count per action, e.g. {@code "toxicity 2 rejected"}. */
  static String describe(QaReportFile report) {
    StringJoiner j = new StringJoiner(", ");
    report.checks().forEach((name, c) ->
        c.byAction().forEach((action, n) -> j.add(name + " " + n + " " + pastTense(action))));
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
}
