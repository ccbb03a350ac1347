package dev.assay.quality.drift;

import java.util.List;
import java.util.Map;

/**
 * The result of comparing two data sets, as written to {@code report.json} (snake_case keys) and
 * summarised in {@code report.md}.
 *
 * <pre>{@code
 * DriftReport r = DriftAnalysis.compare(reference, current, options, embedder, detector);
 * r.shiftedFeatures();   // e.g. [chars, words, embedding, clusters]
 * }</pre>
 *
 * @param reference counts of the reference set (path, records, parsed, quarantined, sampled)
 * @param current counts of the current set
 * @param numeric per numeric feature (chars, words, numeric fields)
 * @param language detected-language shift, or null when skipped (see {@code notes})
 * @param embedding embedding MMD shift, or null when skipped
 * @param clusters cluster shares, or null when skipped
 * @param shiftedFeatures the features whose shift is significant and large enough
 * @param notes what was skipped and why
 * @param options the options used
 */
public record DriftReport(
    Map<String, Object> reference,
    Map<String, Object> current,
    List<NumericShift> numeric,
    CategoryShift language,
    EmbeddingShift embedding,
    ClusterShift clusters,
    List<String> shiftedFeatures,
    List<String> notes,
    DriftOptions options) {

  /** True when any feature shifted. */
  public boolean shifted() {
    return !shiftedFeatures.isEmpty();
  }

  /** The numeric feature called {@code name}, or null. */
  public NumericShift numeric(String name) {
    return numeric.stream().filter(n -> n.feature().equals(name)).findFirst().orElse(null);
  }
}
