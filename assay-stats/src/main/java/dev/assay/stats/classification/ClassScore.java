package dev.assay.stats.classification;

/**
 * Precision, recall and F1 of one class, with its support.
 *
 * <pre>{@code
 * for (ClassScore c : PrecisionRecallF1.perClass(yTrue, yPred)) {
 *   System.out.println(c.label() + " " + c.f1());
 * }
 * }</pre>
 *
 * @param label the class label
 * @param precision true positives over predicted positives
 * @param recall true positives over actual positives
 * @param f1 harmonic mean of precision and recall, {@code 2 tp / (2 tp + fp + fn)}
 * @param support the number of samples whose true label is {@code label}
 */
public record ClassScore(int label, double precision, double recall, double f1, long support) {}
