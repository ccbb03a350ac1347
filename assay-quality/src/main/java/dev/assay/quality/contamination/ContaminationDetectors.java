package dev.assay.quality.contamination;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.Embedders;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-process cache of built detectors (keyed by the check's configuration) and opened
 * embedders (keyed by spec), so a pipeline that starts the {@code contamination} check on several
 * inputs loads and embeds the benchmarks once. Embedders opened here live until the JVM exits.
 *
 * <pre>{@code
 * ContaminationDetector d = ContaminationDetectors.forCheck(check);
 * }</pre>
 */
final class ContaminationDetectors {
  private static final int MAX_DETECTORS = 4;
  private static final Map<ContaminationCheck, ContaminationDetector> DETECTORS =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ContaminationCheck, ContaminationDetector> e) {
          return size() > MAX_DETECTORS;
        }
      };
  private static final Map<String, Embedder> EMBEDDERS = new HashMap<>();

  private ContaminationDetectors() {}

  /** The detector for {@code check}, built on first use. */
  static synchronized ContaminationDetector forCheck(ContaminationCheck check) {
    ContaminationDetector d = DETECTORS.get(check);
    if (d == null) {
      Embedder e = check.usesEmbeddings() ? EMBEDDERS.computeIfAbsent(check.embedder(), Embedders::open) : null;
      d = ContaminationDetector.build(check, e);
      DETECTORS.put(check, d);
    }
    return d;
  }
}
