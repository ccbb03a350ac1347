package dev.assay.server.annotate;

import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import dev.assay.stats.agreement.FleissKappa;
import dev.assay.stats.agreement.KrippendorffAlpha;
import dev.assay.stats.agreement.PercentAgreement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Agreement among a project's annotators on pairwise labels (a, b, tie as nominal categories),
 * from assay-stats: Krippendorff's alpha (missing ratings allowed), Fleiss' kappa, Gwet's AC1 and
 * percent agreement over the items with two or more labels; each annotator against the majority of
 * the others; Cohen's kappa per annotator pair; and position bias: how often each annotator chose
 * the answer shown first.
 *
 * <pre>{@code
 * ProjectAgreement.Result r = ProjectAgreement.of(db, projectId);
 * ProjectAgreement.Result r = ProjectAgreement.of(db, project);   // r.krippendorffAlpha()
 * }</pre>
 */
public final class ProjectAgreement {
  private ProjectAgreement() {}

  /**
   * The agreement of a project.
   *
   * @param nItems items with at least two labels (the ones agreement is computed on)
   * @param nAnnotations every annotation of the project
   * @param nAnnotators annotators with at least one annotation
   * @param krippendorffAlpha nominal alpha, NaN when undefined (fewer than two values, or no item with two labels)
   * @param fleissKappa Fleiss' kappa, NaN when undefined
   * @param percentAgreement share of agreeing label pairs within items, NaN when undefined
   * @param labels how often each label was given
   * @param firstShownChosen per annotator: the share of their a/b labels that picked the answer shown first
   * @param gwetAc1 Gwet's AC1 (robust to a skewed label mix), NaN when undefined
   * @param vsMajority per annotator: items compared and the share agreeing with the others' majority
   * @param pairs per annotator pair ("ann|bob"): items both labelled and Cohen's kappa on them (NaN when undefined)
   */
  public record Result(long nItems, long nAnnotations, long nAnnotators, double krippendorffAlpha, double fleissKappa,
      double percentAgreement, Map<String, Long> labels, Map<String, Double> firstShownChosen, double gwetAc1,
      Map<String, double[]> vsMajority, Map<String, double[]> pairs) {}

  /** Computes the project's agreement from its stored annotations. */
  public static Result of(Database db, dev.assay.server.project.Project project) {
    long projectId = project.id();
    Map<Long, Map<String, Integer>> byItem = new LinkedHashMap<>();
    Map<String, Long> labels = new LinkedHashMap<>();
    Map<String, long[]> first = new LinkedHashMap<>();
    List<String> annotators = new ArrayList<>();
    long[] total = {0};
    db.read(c -> {
      try (var ps = Sql.prepare(c, "SELECT an.item_id, u.name, an.label, a.swapped FROM annotations an JOIN users u ON u.id = an.user_id"
          + " JOIN assignments a ON a.id = an.assignment_id WHERE an.project_id = ? ORDER BY an.item_id", projectId);
          var rs = ps.executeQuery()) {
        while (rs.next()) {
          String who = rs.getString(2);
          String stored = rs.getString(3);
          boolean swapped = rs.getInt(4) == 1;
          total[0]++;
          byItem.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(who, Labels.code(project, stored));
          labels.merge(stored, 1L, Long::sum);
          if (!annotators.contains(who)) {
            annotators.add(who);
          }
          if (project.pairwise() && !stored.equals("tie")) {
            long[] f = first.computeIfAbsent(who, k -> new long[2]);
            f[1]++;
            if (stored.equals("a") != swapped) {
              f[0]++;
            }
          }
        }
      }
      return null;
    });
    List<double[]> rows = new ArrayList<>();
    for (Map<String, Integer> item : byItem.values()) {
      if (item.size() < 2) {
        continue;
      }
      double[] r = new double[annotators.size()];
      Arrays.fill(r, Double.NaN);
      item.forEach((who, code) -> r[annotators.indexOf(who)] = code);
      rows.add(r);
    }
    double[][] m = rows.toArray(double[][]::new);
    double alpha = Double.NaN;
    double kappa = Double.NaN;
    double percent = Double.NaN;
    double ac1 = Double.NaN;
    Map<String, double[]> vsMajority = new LinkedHashMap<>();
    Map<String, double[]> pairs = new LinkedHashMap<>();
    if (m.length > 0) {
      alpha = KrippendorffAlpha.of(m, Labels.level(project));
      kappa = FleissKappa.of(m).value();
      percent = PercentAgreement.of(m);
      ac1 = dev.assay.stats.agreement.GwetAc1.of(m, Labels.categories(project)).value();
      for (dev.assay.stats.agreement.RaterAgreement ra : dev.assay.stats.agreement.MajorityAgreement.perRater(m)) {
        if (ra.items() > 0) {
          vsMajority.put(annotators.get(ra.rater()), new double[] {ra.items(), ra.agreement()});
        }
      }
      if (annotators.size() <= 30) { // all pairs of a small pool; a large pool reads the per-annotator view
        for (int x = 0; x < annotators.size(); x++) {
          for (int y = x + 1; y < annotators.size(); y++) {
            List<double[]> both = new ArrayList<>();
            for (double[] row : m) {
              if (!Double.isNaN(row[x]) && !Double.isNaN(row[y])) {
                both.add(new double[] {row[x], row[y]});
              }
            }
            if (both.size() >= 2) {
              double k;
              try {
                k = dev.assay.stats.agreement.CohenKappa.of(both.toArray(double[][]::new),
                    dev.assay.stats.agreement.CohenKappa.Weights.NONE).value();
              } catch (IllegalArgumentException e) {
                k = Double.NaN;
              }
              pairs.put(annotators.get(x) + "|" + annotators.get(y), new double[] {both.size(), k});
            }
          }
        }
      }
    }
    Map<String, Double> bias = new LinkedHashMap<>();
    first.forEach((who, f) -> bias.put(who, f[1] == 0 ? Double.NaN : (double) f[0] / f[1]));
    return new Result(m.length, total[0], annotators.size(), alpha, kappa, percent, labels, bias, ac1, vsMajority, pairs);
  }
}
