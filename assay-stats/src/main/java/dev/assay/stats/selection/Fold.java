package dev.assay.stats.selection;

import java.util.Arrays;

/**
 * One cross-validation split: indices of the training and the test samples, each ascending.
 *
 * <pre>{@code
 * for (Fold f : KFold.split(100, 5, false, 0)) { train(f.train()); score(f.test()); }
 * }</pre>
 *
 * @param train training indices
 * @param test test indices
 */
public record Fold(int[] train, int[] test) {
  /** Copies the arrays. */
  public Fold {
    train = train.clone();
    test = test.clone();
  }

  @Override
  public int[] train() {
    return train.clone();
  }

  @Override
  public int[] test() {
    return test.clone();
  }

  /** The fold whose test set is the samples with {@code assignment[i] == fold}. */
  static Fold fromAssignment(int[] assignment, int fold) {
    int nTest = 0;
    for (int a : assignment) {
      if (a == fold) {
        nTest++;
      }
    }
    int[] test = new int[nTest];
    int[] train = new int[assignment.length - nTest];
    int t = 0;
    int r = 0;
    for (int i = 0; i < assignment.length; i++) {
      if (assignment[i] == fold) {
        test[t++] = i;
      } else {
        train[r++] = i;
      }
    }
    return new Fold(train, test);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fold f && Arrays.equals(train, f.train) && Arrays.equals(test, f.test);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(train) + Arrays.hashCode(test);
  }

  @Override
  public String toString() {
    return "Fold[train=" + Arrays.toString(train) + ", test=" + Arrays.toString(test) + "]";
  }
}
