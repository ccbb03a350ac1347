package dev.assay.stats.classification;

import java.util.ArrayList;
import java.util.List;

/** Test helpers: label vectors that reproduce a given confusion matrix. */
final class Fixtures {
  private Fixtures() {}

  /** {@code [yTrue, yPred]} with {@code cm[i][j]} samples of true class i predicted as j. */
  static int[][] fromConfusion(int[][] cm) {
    List<Integer> t = new ArrayList<>();
    List<Integer> p = new ArrayList<>();
    for (int i = 0; i < cm.length; i++) {
      for (int j = 0; j < cm[i].length; j++) {
        for (int k = 0; k < cm[i][j]; k++) {
          t.add(i);
          p.add(j);
        }
      }
    }
    return new int[][] {
      t.stream().mapToInt(Integer::intValue).toArray(),
      p.stream().mapToInt(Integer::intValue).toArray()
    };
  }
}
