package dev.assay.report.summary;

/**
 * A model's mean grade with its standard error, as MT-Bench reports it.
 *
 * <pre>{@code new MeanScore("model-x", 7.26, 0.16, 160)}</pre>
 *
 * @param model the model
 * @param mean the mean score
 * @param standardError the standard error of the mean (NaN when unknown)
 * @param n graded answers
 */
public record MeanScore(String model, double mean, double standardError, long n) {}
