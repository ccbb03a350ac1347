package dev.assay.report.summary;

import dev.assay.report.model.ExecutiveSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * Summary sentences for head-to-head win rates. The significance rule: a difference is stated as
 * real only when the run's confidence interval of the win rate excludes 50%; otherwise the
 * sentence says the two are not significantly different. Ties count as half a win.
 *
 * <pre>{@code
 * ExecutiveSummary s = WinRateSentences.of(List.of(
 *     new Comparison("model-a", "model-b", 0.62, 0.58, 0.66, 120, 0, 0.95, "prompts")));
 * // headline: "model-a beats model-b: win rate 62% over 120 prompts (95% CI 58-66%)."
 * }</pre>
 */
public final class WinRateSentences {
  private WinRateSentences() {}

  /** Headlines, not-significant sentences and small-sample caveats for every comparison. */
  public static ExecutiveSummary of(List<Comparison> comparisons) {
    List<String> headlines = new ArrayList<>();
    List<String> notSignificant = new ArrayList<>();
    List<String> caveats = new ArrayList<>();
    List<String> small = new ArrayList<>();
    for (Comparison c : comparisons) {
      if (c.n() == 0) {
        caveats.add(c.model() + " and " + c.opponent() + " were not compared: no prompt was judged.");
        continue;
      }
      if (c.ties() == c.n()) {
        notSignificant.add(c.model() + " and " + c.opponent() + " tied on all " + prompts(c) + ".");
        continue;
      }
      if (c.significantlyBetter()) {
        headlines.add(c.model() + " beats " + c.opponent() + ": " + body(c, true) + ".");
      } else if (c.significantlyWorse()) {
        headlines.add(c.model() + " loses to " + c.opponent() + ": " + body(c, true) + ".");
      } else if (c.hasInterval()) {
        notSignificant.add(c.model() + " and " + c.opponent() + " are not significantly different: " + c.model() + "'s " + body(c, true) + ".");
      } else {
        notSignificant.add(c.model() + " vs " + c.opponent() + ": " + body(c, false)
            + "; without a confidence interval this is not a significant difference.");
      }
      if (c.n() < Caveats.SMALL_N) {
        small.add(c.model() + " vs " + c.opponent() + " (" + c.n() + ")");
      }
    }
    if (small.size() == 1) {
      Comparison c = comparisons.stream().filter(x -> x.n() > 0 && x.n() < Caveats.SMALL_N && x.ties() < x.n()).findFirst().orElseThrow();
      Caveats.smallSample(c.model() + " vs " + c.opponent(), c.n(), c.unit()).ifPresent(caveats::add);
    } else if (small.size() > 1) {
      caveats.add("Fewer than " + Caveats.SMALL_N + " " + comparisons.get(0).unit() + " behind " + String.join(", ", small)
          + ": their intervals are wide, so treat those results as rough indications.");
    }
    return new ExecutiveSummary(List.of(), headlines, notSignificant, caveats);
  }

  /**
   * "preference-weighted win rate 76% (95% CI 70-82%); preferred on 51 of 61 prompts, model-b on 10",
   * or, without per-side counts, "win rate 62% over 120 prompts (95% CI 58-66%)".
   */
  private static String body(Comparison c, boolean interval) {
    String share = c.statistic() + " " + Percent.of(c.winShare(), 0.5);
    String ci = interval ? ci(c) + (c.significantlyBetter() || c.significantlyWorse() ? "" : ", which includes 50%") : "";
    Comparison.Preferred p = c.preferred();
    if (p == null) {
      String inner = ci + ties(c);
      return share + " over " + prompts(c) + (inner.isEmpty() ? "" : " (" + inner.replaceFirst("^; ", "") + ")");
    }
    String tail = "; preferred on " + Percent.count(p.model()) + " of " + Counted.of(p.total(), p.unit()) + ", " + c.opponent() + " on "
        + Percent.count(p.opponent());
    if (p.ties() > 0) {
      tail += ", " + Counted.of(p.ties(), "ties") + (c.ties() > 0 ? " (counted as half a win)" : " (left out)");
    }
    return share + (ci.isEmpty() ? "" : " (" + ci + ")") + tail;
  }

  private static String ci(Comparison c) {
    return Percent.level(c.confidence()) + " CI " + Percent.interval(c.lower(), c.upper(), 0.5);
  }

  private static String ties(Comparison c) {
    return c.ties() == 0 ? "" : "; " + Percent.count(c.ties()) + (c.ties() == 1 ? " tie counted" : " ties counted") + " as half a win";
  }

  private static String prompts(Comparison c) {
    return Counted.of(c.n(), c.unit());
  }
}
