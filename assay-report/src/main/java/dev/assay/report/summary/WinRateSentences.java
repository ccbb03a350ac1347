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
 * // headline: "model-a beats model-b on 62% of 120 prompts (95% CI 58-66%)."
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
      String share = Percent.of(c.winShare(), 0.5);
      if (c.significantlyBetter()) {
        headlines.add(c.model() + " beats " + c.opponent() + " on " + share + " of " + prompts(c) + " (" + ci(c) + ties(c) + ").");
      } else if (c.significantlyWorse()) {
        headlines.add(c.model() + " loses to " + c.opponent() + ": it wins " + share + " of " + prompts(c) + " (" + ci(c) + ties(c) + ").");
      } else if (c.hasInterval()) {
        notSignificant.add(c.model() + " and " + c.opponent() + " are not significantly different: " + c.model() + " wins "
            + share + " of " + prompts(c) + " (" + ci(c) + ", which includes 50%" + ties(c) + ").");
      } else {
        notSignificant.add(c.model() + " wins " + share + " of " + prompts(c) + " against " + c.opponent()
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
