package dev.assay.stats.fairness;

/** Argument checks shared by the fairness metrics (package-private). */
final class FairnessChecks {
  private FairnessChecks() {}

  static void binaryLabels(int[] y, String what) {
    for (int i = 0; i < y.length; i++) {
      if (y[i] != 0 && y[i] != 1) {
        throw new IllegalArgumentException(
            what + ": label at index " + i + " must be 0 or 1, found " + y[i]
                + " (threshold probabilities with Binarize.labels)");
      }
    }
  }

  static void finiteScores(double[] s, String what) {
    for (int i = 0; i < s.length; i++) {
      if (!Double.isFinite(s[i])) {
        throw new IllegalArgumentException(
            what + ": score at index " + i + " must be finite, found " + s[i]);
      }
    }
  }

  static void sameLength(int labels, int other, String otherName, String what) {
    if (labels != other) {
      throw new IllegalArgumentException(
          what + ": length mismatch, " + labels + " labels but " + other + " " + otherName);
    }
  }

  /** Checks labels, scores and one membership mask together. */
  static void inputs(int[] y, double[] scores, boolean[] member, String what) {
    sameLength(y.length, scores.length, "scores", what);
    sameLength(y.length, member.length, "membership flags", what);
    binaryLabels(y, what);
    finiteScores(scores, what);
  }
}
