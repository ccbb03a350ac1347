package dev.assay.quality.drift;

import java.util.List;
import java.util.Locale;

/**
 * The short human summary of a {@link DriftReport} ({@code report.md}): one table of features
 * with their tests and a verdict, then the clusters that appeared, vanished, grew or shrank, with
 * example texts (line, id, snippet).
 *
 * <pre>{@code
 * Files.writeString(out.resolve("report.md"), DriftMarkdown.render(report));
 * }</pre>
 */
public final class DriftMarkdown {
  private DriftMarkdown() {}

  /** Renders the report as Markdown. */
  public static String render(DriftReport r) {
    StringBuilder b = new StringBuilder("# Drift report\n\n");
    b.append("Reference: `").append(r.reference().get("path")).append("` (").append(r.reference().get("parsed"))
        .append(" rows); current: `").append(r.current().get("path")).append("` (").append(r.current().get("parsed"))
        .append(" rows).\n\n");
    b.append(r.shifted() ? "**Shifted:** " + String.join(", ", r.shiftedFeatures()) : "**No feature shifted.**")
        .append(" (significant at p < ").append(r.options().alpha()).append(" and PSI >= ").append(r.options().minPsi()).append(")\n\n");
    b.append("| feature | reference | current | test | p-value | PSI | JS distance | verdict |\n");
    b.append("|---|---|---|---|---|---|---|---|\n");
    for (NumericShift n : r.numeric()) {
      b.append(row(n.feature(), "mean " + fmt(n.meanReference()), "mean " + fmt(n.meanCurrent()),
          "KS D " + fmt(n.ksStatistic()), n.pValue(), n.psi(), n.jsDistance(), n.shifted()));
    }
    if (r.language() != null) {
      CategoryShift l = r.language();
      b.append(row("language", top(l.reference()), top(l.current()), "chi-square " + fmt(l.chiSquare()), l.pValue(), l.psi(), l.jsDistance(), l.shifted()));
    }
    if (r.embedding() != null) {
      EmbeddingShift e = r.embedding();
      b.append(row("embedding (" + e.model() + ")", e.nReference() + " rows", e.nCurrent() + " rows",
          "MMD² " + fmt(e.mmd2()) + ", " + e.permutations() + " permutations", e.pValue(), null, null, e.shifted()));
    }
    if (r.clusters() != null) {
      ClusterShift c = r.clusters();
      b.append(row("clusters (k=" + c.k() + ")", c.nReference() + " rows", c.nCurrent() + " rows",
          "chi-square " + fmt(c.chiSquare()), c.pValue(), c.psi(), c.jsDistance(), c.shifted()));
      b.append("\n## Clusters that changed\n\n");
      boolean any = false;
      for (ClusterShift.Cluster k : c.clusters()) {
        if (k.change().equals("stable")) {
          continue;
        }
        any = true;
        b.append(String.format(Locale.ROOT, "### Cluster %d: %s (reference %.1f%%, current %.1f%%)%n%n",
            k.cluster(), k.change(), 100 * k.referenceShare(), 100 * k.currentShare()));
        examples(b, "current", k.currentExamples());
        examples(b, "reference", k.referenceExamples());
        b.append('\n');
      }
      if (!any) {
        b.append("None: every cluster's share changed by less than 5 points.\n");
      }
    }
    if (!r.notes().isEmpty()) {
      b.append("\n## Notes\n\n");
      r.notes().forEach(n -> b.append("- ").append(n).append('\n'));
    }
    return b.toString();
  }

  private static void examples(StringBuilder b, String side, List<ClusterShift.Example> ex) {
    for (ClusterShift.Example e : ex) {
      b.append("- ").append(side).append(" line ").append(e.line());
      if (e.id() != null && !e.id().equals(String.valueOf(e.line()))) {
        b.append(" (id ").append(e.id()).append(')');
      }
      b.append(": ").append(e.snippet().replace("|", "\\|")).append('\n');
    }
  }

  private static String row(String f, String ref, String cur, String test, Double p, Double psi, Double js, boolean shifted) {
    return "| " + f + " | " + ref + " | " + cur + " | " + test + " | " + fmt(p) + " | " + fmt(psi) + " | " + fmt(js)
        + " | " + (shifted ? "**shifted**" : "stable") + " |\n";
  }

  private static String top(java.util.Map<String, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    return counts.entrySet().stream()
        .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(3)
        .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), total == 0 ? 0.0 : 100.0 * e.getValue() / total))
        .reduce((a, c) -> a + ", " + c)
        .orElse("-");
  }

  static String fmt(Double x) {
    if (x == null) {
      return "-";
    }
    double a = Math.abs(x);
    return a != 0 && (a < 1e-3 || a >= 1e6) ? String.format(Locale.ROOT, "%.2e", x) : String.format(Locale.ROOT, "%.4g", x);
  }
}
