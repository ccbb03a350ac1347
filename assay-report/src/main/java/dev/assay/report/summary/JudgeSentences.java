package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Summary sentences for a pairwise judge run: what was judged by which judge, how the verdicts
 * fell, and the judge's problems (failed calls, unreadable verdicts, position bias).
 *
 * <pre>{@code
 * JudgeSentences.of(new JudgeTally("pairwise", 120, 117, 70, 40, 7, 3, 0, 0, 117, 9));
 * // headline: "Of 117 judged pairs, output A won 70 (60%), output B 40 (34%) and 7 (6%) were ties."
 * }</pre>
 */
public final class JudgeSentences {
  private JudgeSentences() {}

  /** Tested, headline and caveat sentences for {@code t}. */
  public static ExecutiveSummary of(JudgeTally t) {
    return of(t, Map.of());
  }

  /**
   * As {@link #of(JudgeTally)}, with the verdicts counted per preferred model when
   * {@code preferredByModel} (model -> judged pairs it won, "tie" -> ties) is not empty:
   * "Of 39 judged pairs, strong was preferred on 26 (67%), weak on 7 (18%) and 6 (15%) were ties."
   */
  public static ExecutiveSummary of(JudgeTally t, Map<String, Long> preferredByModel) {
    List<String> tested = List.of("We judged " + Counted.of(t.rows(), "answer pairs") + " with the " + t.judge() + " judge.");
    List<String> headlines = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    if (t.judged() == 0) {
      caveats.add("No pair received a verdict, so there is nothing to compare.");
    } else if (!preferredByModel.isEmpty()) {
      List<String> parts = new ArrayList<>();
      preferredByModel.forEach((m, n) -> {
        if (!m.equals("tie")) {
          parts.add((parts.isEmpty() ? m + " was preferred on " : m + " on ") + Percent.count(n) + " (" + Percent.share(n, t.judged()) + ")");
        }
      });
      long ties = preferredByModel.getOrDefault("tie", 0L);
      headlines.add("Of " + Counted.of(t.judged(), "judged pairs") + ", " + String.join(", ", parts) + " and " + Percent.count(ties) + " ("
          + Percent.share(ties, t.judged()) + ") " + (ties == 1 ? "was a tie." : "were ties."));
    } else {
      headlines.add("Of " + Counted.of(t.judged(), "judged pairs") + ", output A won " + Percent.count(t.winsA()) + " ("
          + Percent.share(t.winsA(), t.judged()) + "), output B " + Percent.count(t.winsB()) + " (" + Percent.share(t.winsB(), t.judged())
          + ") and " + Percent.count(t.ties()) + " (" + Percent.share(t.ties(), t.judged()) + ") " + (t.ties() == 1 ? "was a tie." : "were ties."));
    }
    caveats.addAll(Caveats.judgeProblems(t.rows(), t.failed(), t.unparseable(), t.quarantined()));
    Caveats.positionBias(t.positionBiasRate(), t.bothOrders()).ifPresent(caveats::add);
    return new ExecutiveSummary(tested, headlines, List.of(), caveats);
  }
}
