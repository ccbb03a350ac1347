package dev.assay.quality.pipeline;

import dev.assay.core.run.QaReportFile;
import dev.assay.core.run.RunJson;
import dev.assay.quality.Finding;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Accumulates {@code report.json}: for every check, how many records it flagged and what the
 * pipeline did with them, and for every rule the distribution of measured values (count, min,
 * mean, max and a 10-bin histogram over a seeded reservoir of up to 4,096 values). Used from one
 * thread.
 *
 * <pre>{@code
 * QaReport report = new QaReport(List.of("gopher_quality", "pii"));
 * report.add(finding, Action.REJECT);
 * Map<String, QaReportFile.CheckReport> checks = report.toContract();
 * }</pre>
 */
final class QaReport {
  private static final int RESERVOIR = 4096;

  private final Map<String, CheckStats> checks = new LinkedHashMap<>();

  QaReport(List<String> checkNames) {
    for (String n : checkNames) {
      checks.put(n, new CheckStats());
    }
  }

  /** Counts one record flagged by {@code check} under {@code action}. */
  void flagged(String check, Action action) {
    CheckStats s = checks.computeIfAbsent(check, k -> new CheckStats());
    s.flagged++;
    s.byAction.merge(action.name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
  }

  /** Records one finding's value under its check and rule. */
  void add(Finding f) {
    CheckStats s = checks.computeIfAbsent(f.check(), k -> new CheckStats());
    s.rules.computeIfAbsent(f.rule(), k -> new RuleStats(f.rule().hashCode())).add(f.value(), f.threshold());
  }

  /** Attaches a dataset check's own figures (cluster sizes, pairs ...). */
  void extra(String check, Map<String, Object> figures) {
    checks.computeIfAbsent(check, k -> new CheckStats()).extra.putAll(figures);
  }

  /** Every check's figures as the {@code report.json} contract holds them. */
  Map<String, QaReportFile.CheckReport> toContract() {
    Map<String, QaReportFile.CheckReport> out = new LinkedHashMap<>();
    for (Map.Entry<String, CheckStats> e : checks.entrySet()) {
      CheckStats s = e.getValue();
      Map<String, QaReportFile.RuleStats> rules = new LinkedHashMap<>();
      s.rules.forEach((k, v) -> rules.put(k, v.toContract()));
      Map<String, tools.jackson.databind.JsonNode> details = null;
      if (!s.extra.isEmpty()) {
        details = new LinkedHashMap<>();
        for (Map.Entry<String, Object> x : s.extra.entrySet()) {
          details.put(x.getKey(), RunJson.WRITER.valueToTree(x.getValue()));
        }
      }
      out.put(e.getKey(), new QaReportFile.CheckReport(s.flagged, s.byAction, rules, details));
    }
    return out;
  }

  private static final class CheckStats {
    long flagged;
    final Map<String, Long> byAction = new TreeMap<>();
    final Map<String, RuleStats> rules = new TreeMap<>();
    final Map<String, Object> extra = new LinkedHashMap<>();
  }

  private static final class RuleStats {
    long count;
    double sum;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double threshold = Double.NaN;
    final double[] sample = new double[RESERVOIR];
    final SplittableRandom rnd;

    RuleStats(long seed) {
      rnd = new SplittableRandom(seed);
    }

    void add(double v, double t) {
      if (Double.isNaN(v)) {
        return;
      }
      count++;
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
      threshold = t;
      if (count <= RESERVOIR) {
        sample[(int) count - 1] = v;
      } else {
        long j = rnd.nextLong(count);
        if (j < RESERVOIR) {
          sample[(int) j] = v;
        }
      }
    }

    QaReportFile.RuleStats toContract() {
      if (count == 0) {
        return new QaReportFile.RuleStats(0, null, null, null, null, null);
      }
      int n = (int) Math.min(count, RESERVOIR);
      double[] s = Arrays.copyOf(sample, n);
      long[] bins = new long[10];
      double width = (max - min) / bins.length;
      for (double v : s) {
        int b = width == 0 ? 0 : (int) Math.min(bins.length - 1, (v - min) / width);
        bins[b]++;
      }
      return new QaReportFile.RuleStats(count, Double.isFinite(threshold) ? threshold : null, min, sum / count, max,
          new QaReportFile.Histogram(min, max, bins, n));
    }
  }
}
