package dev.assay.report.gate;

import dev.assay.stats.hypothesis.McNemar;
import dev.assay.stats.hypothesis.PairedBootstrapTest;
import dev.assay.stats.hypothesis.TestResult;
import java.util.List;
import java.util.Map;

/**
 * The significance test of one baseline comparison on matched items (assay-stats' tests, not
 * reimplemented): the current run's per-item values against the baseline's plus the margin.
 * McNemar's exact test counts items only one side won; the paired bootstrap tests the mean of
 * {@code current - (baseline + margin)}. Both p-values are two-sided; the direction is in
 * {@link #worse()}.
 *
 * <pre>{@code
 * PairedComparison c = PairedComparison.run(current, baseline, -0.02, true, TestChoice.AUTO, 2000, 42);
 * c.test();     // "paired-bootstrap" (a margin rules out McNemar)
 * c.pValue();   // 0.0005
 * }</pre>
 *
 * @param test the test used ({@code mcnemar-exact}, {@code paired-bootstrap})
 * @param items matched items
 * @param statistic the test statistic
 * @param pValue two-sided p-value
 * @param worse true when the current run is on the failing side of baseline + margin
 * @param note why the test differs from the one asked for, or null
 */
public record PairedComparison(String test, int items, double statistic, double pValue, boolean worse, String note) {

  /**
   * Tests {@code current} against {@code baseline + margin} on the items both hold.
   *
   * @param higherIsBetter true for {@code >=}/{@code >} assertions
   * @return null when no item is matched
   */
  public static PairedComparison run(Map<String, Double> current, Map<String, Double> baseline, double margin,
      boolean higherIsBetter, TestChoice choice, int resamples, long seed) {
    List<String> keys = JudgeItems.matched(current, baseline);
    if (keys.isEmpty()) {
      return null;
    }
    double[] a = new double[keys.size()];
    double[] b = new double[keys.size()];
    boolean binary = true;
    for (int i = 0; i < a.length; i++) {
      a[i] = current.get(keys.get(i));
      b[i] = baseline.get(keys.get(i));
      binary &= (a[i] == 0 || a[i] == 1) && (b[i] == 0 || b[i] == 1);
    }
    String note = null;
    boolean mcnemar = choice != TestChoice.BOOTSTRAP && binary && margin == 0;
    if (choice == TestChoice.MCNEMAR && !mcnemar) {
      note = "McNemar needs 0/1 items and no margin; used the paired bootstrap";
    }
    if (mcnemar) {
      long onlyCurrent = 0;
      long onlyBaseline = 0;
      long both = 0;
      long neither = 0;
      for (int i = 0; i < a.length; i++) {
        if (a[i] == 1 && b[i] == 1) {
          both++;
        } else if (a[i] == 1) {
          onlyCurrent++;
        } else if (b[i] == 1) {
          onlyBaseline++;
        } else {
          neither++;
        }
      }
      TestResult r = McNemar.exact(both, onlyCurrent, onlyBaseline, neither);
      boolean worse = higherIsBetter ? onlyBaseline > onlyCurrent : onlyCurrent > onlyBaseline;
      return new PairedComparison(r.method(), keys.size(), r.statistic(), r.pValue(), worse, note);
    }
    double[] shifted = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      shifted[i] = b[i] + margin;
    }
    TestResult r = PairedBootstrapTest.test(a, shifted, resamples, seed);
    boolean worse = higherIsBetter ? r.statistic() < 0 : r.statistic() > 0;
    return new PairedComparison(r.method(), keys.size(), r.statistic(), r.pValue(), worse, note);
  }
}
