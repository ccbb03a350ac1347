package dev.assay.train.toxicity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one {@link Candidate} did on the toxicity label: ROC-AUC leaving each source out (fit on
 * the others, test on it: the proxy for an unseen data set) and metrics per source on the
 * held-out split.
 *
 * <pre>{@code
 * CandidateScore s = ...;
 * double transfer = s.losoMean();
 * double olid = s.loso().get("olid");
 * }</pre>
 *
 * @param candidate what was scored
 * @param loso source left out -> ROC-AUC on it (sources with one class are absent)
 * @param heldOut source -> metrics on the held-out split
 */
public record CandidateScore(Candidate candidate, Map<String, Double> loso, Map<String, LabelMetrics> heldOut) {
  /** Copies the maps, keeping their order. */
  public CandidateScore {
    loso = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(loso));
    heldOut = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(heldOut));
  }

  /** Mean leave-one-source-out ROC-AUC (NaN if no source could be left out). */
  public double losoMean() {
    return loso.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** Leave-OLID-out ROC-AUC, or NaN. */
  public double olidTransfer() {
    return loso.getOrDefault("olid", Double.NaN);
  }

  /** True if this beats {@code other}: higher LOSO mean, ties (within 1e-4) broken by OLID transfer. */
  public boolean beats(CandidateScore other) {
    double a = losoMean();
    double b = other.losoMean();
    if (Math.abs(a - b) > 1e-4 || Double.isNaN(a) || Double.isNaN(b)) {
      return a > b || (Double.isNaN(b) && !Double.isNaN(a));
    }
    return olidTransfer() > other.olidTransfer();
  }

  /** JSON-ready view. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("candidate", candidate.name());
    m.put("learner", candidate.learner().config());
    m.put("weighting", candidate.weighting().name());
    Map<String, Object> l = new LinkedHashMap<>();
    loso.forEach((k, v) -> l.put(k, LabelMetrics.round(v)));
    l.put("mean", LabelMetrics.round(losoMean()));
    m.put("leave_one_source_out_roc_auc", l);
    Map<String, Object> h = new LinkedHashMap<>();
    heldOut.forEach((k, v) -> h.put(k, v.toMap()));
    m.put("held_out", h);
    return m;
  }
}
