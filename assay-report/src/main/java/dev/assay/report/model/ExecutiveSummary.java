package dev.assay.report.model;

import java.util.List;

/**
 * The summary a non-specialist reads first. Every sentence is produced by a template from the
 * numbers of a run (see {@code dev.assay.report.summary}); none is free text.
 *
 * <pre>{@code
 * new ExecutiveSummary(
 *     List.of("We compared 2 models on 120 prompts with the reward-model judge."),
 *     List.of("model-a beats model-b on 62% of prompts (95% CI 58-66%)."),
 *     List.of("The gap between model-b and model-c is not significant (p = 0.41)."),
 *     List.of("12 of 500 records (2.4%) were removed before judging: 9 duplicates, 3 with PII."));
 * }</pre>
 *
 * @param tested what was tested, on what data, by which judge or checks
 * @param headlines the main results, each with its uncertainty
 * @param notSignificant differences a reader might over-read, stated as not significant
 * @param caveats data-quality and method caveats
 */
public record ExecutiveSummary(
    List<String> tested, List<String> headlines, List<String> notSignificant, List<String> caveats) {

  public ExecutiveSummary {
    tested = List.copyOf(tested);
    headlines = List.copyOf(headlines);
    notSignificant = List.copyOf(notSignificant);
    caveats = List.copyOf(caveats);
  }

  /** A summary with nothing in it (a report of runs no template knows). */
  public static ExecutiveSummary empty() {
    return new ExecutiveSummary(List.of(), List.of(), List.of(), List.of());
  }

  /** This summary followed by {@code other}'s sentences, in order. */
  public ExecutiveSummary plus(ExecutiveSummary other) {
    return new ExecutiveSummary(
        concat(tested, other.tested),
        concat(headlines, other.headlines),
        concat(notSignificant, other.notSignificant),
        concat(caveats, other.caveats));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
