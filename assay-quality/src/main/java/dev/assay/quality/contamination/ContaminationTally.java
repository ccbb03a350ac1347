package dev.assay.quality.contamination;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts for the contamination report: rows seen and flagged, flags by method, and per benchmark
 * item how many rows leak it (the most leaked items are listed, so a person sees what leaked).
 *
 * <pre>{@code
 * ContaminationTally t = new ContaminationTally(detector);
 * t.add(matchesOfRow);
 * Map<String, Object> report = t.toMap();
 * }</pre>
 */
final class ContaminationTally {
  private static final int TOP_ITEMS = 20;

  private final ContaminationDetector detector;
  private long rows;
  private long flagged;
  private final Map<String, Long> byMethod = new TreeMap<>();
  private final Map<BenchmarkItem, Long> perItem = new LinkedHashMap<>();
  private final Map<String, Long> rowsPerBenchmark = new TreeMap<>();

  ContaminationTally(ContaminationDetector detector) {
    this.detector = detector;
  }

  void add(List<ContaminationMatch> matches) {
    rows++;
    if (matches.isEmpty()) {
      return;
    }
    flagged++;
    byMethod.merge(matches.get(0).method(), 1L, Long::sum);
    java.util.Set<String> sources = new java.util.TreeSet<>();
    for (ContaminationMatch m : matches) {
      perItem.merge(m.item(), 1L, Long::sum);
      sources.add(m.item().source());
    }
    sources.forEach(s -> rowsPerBenchmark.merge(s, 1L, Long::sum));
  }

  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rows", rows);
    m.put("flagged", flagged);
    m.put("clean", rows - flagged);
    m.put("flagged_by_best_method", byMethod);
    m.put("flagged_rows_per_benchmark", rowsPerBenchmark);
    m.put("distinct_items_leaked", perItem.size());
    List<Map.Entry<BenchmarkItem, Long>> top = new ArrayList<>(perItem.entrySet());
    top.sort(Map.Entry.comparingByValue(Comparator.reverseOrder()));
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map.Entry<BenchmarkItem, Long> e : top.subList(0, Math.min(TOP_ITEMS, top.size()))) {
      BenchmarkItem it = e.getKey();
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("item", it.location());
      x.put("rows", e.getValue());
      x.put("snippet", it.snippet());
      items.add(x);
    }
    m.put("most_leaked_items", items);
    m.put("index", detector.ngrams().stats());
    m.put("benchmarks", detector.benchmarkCounts());
    return m;
  }
}
