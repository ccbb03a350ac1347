package dev.assay.stats.classification;

/**
 * How per-class precision, recall and F1 are combined into one number (scikit-learn's {@code
 * average=} argument).
 *
 * <pre>{@code
 * PrecisionRecallF1.score(yTrue, yPred, Average.MACRO).f1();
 * }</pre>
 */
public enum Average {
  /** Only the positive class (label 1 unless another is given). */
  BINARY,
  /** Global counts of true positives, false positives and false negatives over all classes. */
  MICRO,
  /** Unweighted mean of the per-class values. */
  MACRO,
  /** Mean of the per-class values weighted by each class's support (its count in the truth). */
  WEIGHTED
}
