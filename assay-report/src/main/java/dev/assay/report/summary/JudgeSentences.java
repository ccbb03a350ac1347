package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.ArrayList;
import java.util.List;

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
    List<String> tested = List.of("We judged " + Counted.of(t.rows(), "answer pairs") + " with the " + t.judge() + " judge.");
    List<String> headlines = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    if (t.judged() == 0) {
      caveats.add("No pair received a verdict, so there is nothing to compare.");
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
