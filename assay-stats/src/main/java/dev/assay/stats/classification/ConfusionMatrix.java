package dev.assay.stats.classification;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * A confusion matrix: {@code counts()[i][j]} is the number of samples whose true label is {@code
 * labels()[i]} and whose predicted label is {@code labels()[j]} (rows are truth, columns are
 * predictions, as in scikit-learn's {@code confusion_matrix}).
 *
 * <pre>{@code
 * ConfusionMatrix cm = ConfusionMatrix.of(new int[] {0, 1, 1}, new int[] {0, 0, 1});
 * cm.labels();    // [0, 1]
 * cm.counts();    // [[1, 0], [1, 1]]
 * cm.count(1, 0); // 1: one sample of class 1 predicted as 0
 * }</pre>
 *
 * @param labels the class labels in ascending order (the sorted union of truth and predictions
 *     unless given explicitly)
 * @param counts a square matrix of counts indexed like {@code labels}
 */
public record ConfusionMatrix(int[] labels, long[][] counts) {

  /** Copies its arguments and checks that {@code counts} is square and matches the labels. */
  public ConfusionMatrix {
    labels = labels.clone();
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      if (counts[i].length != labels.length) {
        throw new IllegalArgumentException(
            "confusion matrix: row " + i + " has " + counts[i].length + " cells, expected "
                + labels.length);
      }
      copy[i] = counts[i].clone();
    }
    if (copy.length != labels.length) {
      throw new IllegalArgumentException(
          "confusion matrix: " + copy.length + " rows for " + labels.length + " labels");
    }
    counts = copy;
  }

  /** Builds the matrix over the sorted union of the labels seen in {@code yTrue} and {@code yPred}. */
  public static ConfusionMatrix of(int[] yTrue, int[] yPred) {
    Checks.sameLength(yTrue.length, yPred.length, "confusion matrix");
    TreeSet<Integer> seen = new TreeSet<>();
    for (int y : yTrue) {
      seen.add(y);
    }
    for (int y : yPred) {
      seen.add(y);
    }
    return of(yTrue, yPred, seen.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Builds the matrix over the given labels (in the given order); samples whose truth or
   * prediction is not among them are ignored, as scikit-learn does with its {@code labels=}.
   */
  public static ConfusionMatrix of(int[] yTrue, int[] yPred, int[] labels) {
    Checks.sameLength(yTrue.length, yPred.length, "confusion matrix");
    if (labels.length == 0) {
      throw new IllegalArgumentException("confusion matrix: at least one label is needed");
    }
    long[][] counts = new long[labels.length][labels.length];
    for (int k = 0; k < yTrue.length; k++) {
      int i = indexOf(labels, yTrue[k]);
      int j = indexOf(labels, yPred[k]);
      if (i >= 0 && j >= 0) {
        counts[i][j]++;
      }
    }
    return new ConfusionMatrix(labels, counts);
  }

  private static int indexOf(int[] labels, int v) {
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /** The count of samples with true label {@code trueLabel} predicted as {@code predictedLabel}. */
  public long count(int trueLabel, int predictedLabel) {
    int i = indexOf(labels, trueLabel);
    int j = indexOf(labels, predictedLabel);
    if (i < 0 || j < 0) {
      throw new IllegalArgumentException(
          "confusion matrix: unknown label " + (i < 0 ? trueLabel : predictedLabel));
    }
    return counts[i][j];
  }

  /** The total number of samples counted. */
  public long total() {
    long t = 0;
    for (long[] row : counts) {
      for (long c : row) {
        t += c;
      }
    }
    return t;
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }

  @Override
  public long[][] counts() {
    long[][] copy = new long[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    return copy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfusionMatrix m
        && Arrays.equals(labels, m.labels)
        && Arrays.deepEquals(counts, m.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(labels) + Arrays.deepHashCode(counts);
  }

  @Override
  public String toString() {
    return "ConfusionMatrix[labels=" + Arrays.toString(labels) + ", counts="
        + Arrays.deepToString(counts) + "]";
  }
}
