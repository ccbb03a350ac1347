/**
 * Executive-summary templates: every sentence of a report's summary is built here from a run's
 * numbers, never written by hand. Each template states its significance rule in its Javadoc and
 * in docs/reports.md: a win rate is significant when its interval excludes 50%, a Bradley-Terry
 * order when the rating intervals do not overlap, a reward model's accuracy when the baseline
 * lies outside its Wilson interval.
 *
 * <pre>{@code
 * ExecutiveSummary s = WinRateSentences.of(comparisons).plus(RatingSentences.of(ratings, 0.95));
 * }</pre>
 */
package dev.assay.report.summary;
