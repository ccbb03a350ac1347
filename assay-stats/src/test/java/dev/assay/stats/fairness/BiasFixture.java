package dev.assay.stats.fairness;

import java.util.LinkedHashMap;
import java.util.Map;

/*
 * Forty comments with rater fractions, scores and four identity groups, and the reference values
 * the Jigsaw benchmark kernel's formulas give on them with scikit-learn 1.2.1 / pandas 1.5.3
 * (Debian, /usr/bin/python3). The data and numbers come from this script:
 *
 * import numpy as np, pandas as pd
 * from sklearn import metrics
 * def compute_auc(y_true, y_pred):          # conversationai model_bias_analysis.py
 *     try: return metrics.roc_auc_score(y_true, y_pred)
 *     except ValueError: return np.nan
 * def compute_subgroup_auc(df, g, label, m):
 *     ex = df[df[g]]; return compute_auc(ex[label], ex[m])
 * def compute_bpsn_auc(df, g, label, m):
 *     ex = pd.concat([df[df[g] & ~df[label]], df[~df[g] & df[label]]]); return compute_auc(ex[label], ex[m])
 * def compute_bnsp_auc(df, g, label, m):
 *     ex = pd.concat([df[df[g] & df[label]], df[~df[g] & ~df[label]]]); return compute_auc(ex[label], ex[m])
 * def power_mean(series, p):                 # Jigsaw benchmark kernel
 *     total = sum(np.power(series, p)); return np.power(total / len(series), 1 / p)
 * def get_final_metric(bias_df, overall_auc, POWER=-5, W=0.25):
 *     b = np.average([power_mean(bias_df['s'], POWER), power_mean(bias_df['bpsn'], POWER),
 *                     power_mean(bias_df['bnsp'], POWER)])
 *     return W*overall_auc + (1-W)*b
 * r = np.random.RandomState(2019); n = 40
 * target = np.round(r.rand(n), 2); score = np.round(r.rand(n), 2)
 * a = r.rand(n) < 0.4; b = r.rand(n) < 0.3; c = r.rand(n) < 0.25
 * score = np.round(np.clip(score + 0.25*a*(target<0.5) - 0.2*b*(target>=0.5), 0, 1), 2)
 * df = pd.DataFrame({'target': target >= 0.5, 'pred': score, 'a': a, 'b': b, 'c': c})
 * rows = [{'g': g, 's': compute_subgroup_auc(df, g, 'target', 'pred'),
 *          'bpsn': compute_bpsn_auc(df, g, 'target', 'pred'),
 *          'bnsp': compute_bnsp_auc(df, g, 'target', 'pred')} for g in 'abc']
 * bias = pd.DataFrame(rows); overall = metrics.roc_auc_score(df['target'], df['pred'])
 * [power_mean(bias[k], -5) for k in ['s', 'bpsn', 'bnsp']]; get_final_metric(bias, overall)
 * for g in 'abc':                            # conversationai confusion_matrix_counts, score >= 0.5
 *     sub = df[df[g]]; fp = len(sub[(sub.pred >= 0.5) & ~sub.target])
 *     tn = len(sub[(sub.pred < 0.5) & ~sub.target]); fp / (fp + tn)
 * # group d: rows 1, 5, 11, all non-toxic
 * df['d'] = False; df.loc[[1, 5, 11], 'd'] = True
 * rows.append({'g': 'd', ...same three AUCs...}); b4 = pd.DataFrame(rows)
 * [power_mean(b4[k].dropna(), -5) for k in ['s', 'bpsn', 'bnsp']]
 */
final class BiasFixture {
  private BiasFixture() {}

  static final double[] TARGET = {
    0.9, 0.39, 0.62, 0.64, 0.88, 0.3, 0.7, 0.9, 0.88, 0.41, 0.45, 0.27, 0.16, 0.89, 0.15, 0.98,
    0.03, 0.52, 0.2, 0.89, 0.51, 0.58, 0.3, 0.84, 0.53, 0.1, 0.28, 0.05, 0.51, 0.47, 0.9, 0.94,
    0.7, 0.85, 0.93, 0.82, 0.85, 0.79, 0.17, 0.29
  };
  static final double[] SCORE = {
    0.1, 0.4, 0.37, 0.86, 0.12, 0.28, 0.68, 0.19, 0.58, 0.86, 0.48, 0.29, 0.38, 0.15, 0.33, 0.94,
    0.04, 0.78, 0.63, 0.72, 0.45, 0.7, 0.6, 0.79, 0.3, 0.5, 0.85, 0.82, 0.43, 1.0, 0.13, 0.01,
    0.42, 0.55, 0.9, 0.76, 0.76, 0.25, 0.64, 0.26
  };
  static final boolean[] A = {
    true, true, true, false, false, false, true, true, false, false, true, false, false, false,
    false, false, false, false, true, true, true, false, true, false, false, true, false, false,
    true, true, true, false, true, true, true, false, true, true, true, false
  };
  static final boolean[] B = {
    true, false, true, false, true, true, false, false, false, true, true, false, true, true,
    false, false, false, false, true, false, false, false, false, false, false, true, false, false,
    false, true, true, true, false, false, false, false, true, false, true, true
  };
  static final boolean[] C = {
    false, false, true, false, false, true, false, false, true, false, false, false, true, true,
    false, true, false, false, true, false, false, false, false, false, false, true, true, false,
    false, true, true, true, false, false, false, true, false, true, false, false
  };

  /** Members 1, 5 and 11: all non-toxic, so subgroup and BNSP AUC are undefined. */
  static boolean[] d() {
    boolean[] d = new boolean[TARGET.length];
    d[1] = true;
    d[5] = true;
    d[11] = true;
    return d;
  }

  static Map<String, boolean[]> abc() {
    Map<String, boolean[]> m = new LinkedHashMap<>();
    m.put("a", A);
    m.put("b", B);
    m.put("c", C);
    return m;
  }

  // Reference values printed by the script above.
  static final double OVERALL = 0.4752604166666667;
  static final double[] SUBGROUP = {0.3296703296703297, 0.14285714285714285, 0.27083333333333337};
  static final double[] BPSN = {0.5064935064935066, 0.565359477124183, 0.45833333333333337};
  static final double[] BNSP = {0.5128205128205128, 0.2448979591836735, 0.3875};
  static final double PM_SUBGROUP = 0.17602901699652015;
  static final double PM_BPSN = 0.4992167711212734;
  static final double PM_BNSP = 0.2979393278891369;
  static final double FINAL = 0.3621113831683993;
  static final double[] FPR_AT_HALF = {0.7142857142857143, 0.5555555555555556, 0.6666666666666666};
  static final double D_BPSN = 0.6805555555555556;
  static final double PM_BPSN_WITH_D = 0.5215976108739835;
  // 0.25 * OVERALL + 0.75 * mean(PM_SUBGROUP, PM_BPSN_WITH_D, PM_BNSP)
  static final double FINAL_WITH_D = 0.36770659310657683;
}
