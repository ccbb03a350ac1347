package dev.assay.cli.stats;

import dev.assay.cli.ExitCode;
import dev.assay.cli.OutputMode;
import dev.assay.cli.UsageError;
import dev.assay.stats.agreement.AgreementEstimate;
import dev.assay.stats.agreement.ChanceCorrected;
import dev.assay.stats.agreement.CohenKappa;
import dev.assay.stats.agreement.FleissKappa;
import dev.assay.stats.agreement.GwetAc1;
import dev.assay.stats.agreement.KrippendorffAlpha;
import dev.assay.stats.agreement.MajorityAgreement;
import dev.assay.stats.agreement.PercentAgreement;
import dev.assay.stats.agreement.RaterAgreement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay stats agreement}: inter-rater agreement of a CSV with one row per item and one
 * column per rater.
 *
 * <pre>{@code
 * ./assay stats agreement --metric krippendorff --level ordinal ratings.csv
 * ./assay stats agreement --metric cohen --weights quadratic two_raters.csv
 * }</pre>
 */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    description = {
      "Inter-rater agreement of a ratings table.",
      "Input: CSV with a header row naming the raters; one row per item, one column per rater;"
          + " each cell is a numeric rating, an empty cell is a missing rating.",
      "Output (--json): one JSON object with \"value\" (null when the coefficient is undefined, e.g. kappa"
          + " when every rating is the same category), \"metric\", \"n_items\", \"n_raters\","
          + " \"n_ratings\", the observed and chance agreement where they apply, and"
          + " \"per_rater\": each rater's agreement with the majority of the other raters."
    })
public final class AgreementCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Parameters(index = "0", paramLabel = "<ratings.csv>", description = "Items x raters CSV with a header row.")
  Path ratings;

  @Option(
      names = "--metric",
      required = true,
      paramLabel = "METRIC",
      description =
          "percent (share of agreeing rater pairs), cohen (Cohen's kappa, exactly 2 raters),"
              + " fleiss (Fleiss' kappa), krippendorff (Krippendorff's alpha), gwet-ac1 (Gwet's"
              + " AC1).")
  String metric;

  @Option(
      names = "--weights",
      paramLabel = "W",
      description =
          "Cohen's kappa weights: none, linear or quadratic (default: none). Weights use the"
              + " positions of the sorted distinct ratings, as scikit-learn does.")
  String weights;

  @Option(
      names = "--level",
      paramLabel = "L",
      description =
          "Krippendorff's level of measurement: nominal, ordinal, interval or ratio (default:"
              + " nominal).")
  String level;

  @Option(
      names = "--confidence",
      paramLabel = "C",
      defaultValue = "0.95",
      description =
          "Confidence level of the interval reported for fleiss and gwet-ac1 (irrCAC's"
              + " item-sampling standard error and t interval; default: ${DEFAULT-VALUE}).")
  double confidence;

  @Option(
      names = "--id-column",
      paramLabel = "NAME",
      description = "A column holding item ids rather than ratings; it is skipped.")
  String idColumn;

  @Override
  public Integer call() {
    String m = metric.toLowerCase(Locale.ROOT);
    if (!List.of("percent", "cohen", "fleiss", "krippendorff", "gwet-ac1").contains(m)) {
      throw new UsageError(
          "--metric: expected one of percent, cohen, fleiss, krippendorff, gwet-ac1, found '"
              + metric + "'");
    }
    if (weights != null && !m.equals("cohen")) {
      throw new UsageError("--weights applies only to --metric cohen, found --metric " + m);
    }
    if (level != null && !m.equals("krippendorff")) {
      throw new UsageError("--level applies only to --metric krippendorff, found --metric " + m);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new UsageError("--confidence: expected a number strictly between 0 and 1, found " + confidence);
    }
    CohenKappa.Weights w = parseWeights(weights);
    KrippendorffAlpha.Level lv = parseLevel(level);

    StatsTable table = StatsTable.read(ratings);
    int skip = idColumn == null ? -1 : table.column(idColumn);
    List<Integer> cols = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int k = 0; k < table.header().length; k++) {
      if (k != skip) {
        cols.add(k);
        names.add(table.header()[k]);
      }
    }
    if (cols.isEmpty()) {
      throw new UsageError(table.source() + ": expected at least one rater column, found none");
    }
    if (table.rows().isEmpty()) {
      throw new UsageError(table.source() + ": no items: the file has a header but no rows");
    }
    double[][] data = new double[table.rows().size()][cols.size()];
    long nRatings = 0;
    TreeSet<Double> categories = new TreeSet<>();
    for (int i = 0; i < data.length; i++) {
      StatsTable.Row row = table.rows().get(i);
      for (int j = 0; j < cols.size(); j++) {
        int c = cols.get(j);
        if (row.cells()[c].isBlank()) {
          data[i][j] = Double.NaN;
        } else {
          data[i][j] = Cells.number(table, row, c, "a numeric rating or an empty cell");
          nRatings++;
          categories.add(data[i][j]);
        }
      }
    }
    if (m.equals("cohen") && cols.size() != 2) {
      throw new UsageError(
          table.source() + ": --metric cohen needs exactly 2 rater columns, found " + cols.size()
              + " (" + String.join(", ", names) + "); use fleiss, krippendorff or gwet-ac1");
    }

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("metric", m);
    try {
      switch (m) {
        case "percent" -> out.put("value", Cells.json(PercentAgreement.of(data)));
        case "cohen" -> {
          out.put("weights", w.name().toLowerCase(Locale.ROOT));
          putChanceCorrected(out, CohenKappa.of(data, w));
        }
        case "fleiss" -> putEstimate(out, FleissKappa.estimate(data, confidence));
        case "gwet-ac1" -> putEstimate(out, GwetAc1.estimate(data, confidence));
        case "krippendorff" -> {
          out.put("level", lv.name().toLowerCase(Locale.ROOT));
          out.put("value", Cells.json(KrippendorffAlpha.of(data, lv)));
        }
        default -> throw new IllegalStateException("unreachable");
      }
    } catch (IllegalArgumentException e) {
      throw new UsageError(table.source() + ": " + e.getMessage(), e);
    }
    out.put("n_items", data.length);
    out.put("n_raters", cols.size());
    out.put("n_ratings", nRatings);
    out.put("n_categories", categories.size());
    out.put("raters", names);
    List<Map<String, Object>> perRater = new ArrayList<>();
    for (RaterAgreement r : MajorityAgreement.perRater(data)) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("rater", names.get(r.rater()));
      e.put("items", r.items());
      e.put("agreement_with_majority", Cells.json(r.agreement()));
      perRater.add(e);
    }
    out.put("per_rater", perRater);
    output.result(out);
    return ExitCode.OK;
  }

  private static void putEstimate(Map<String, Object> out, AgreementEstimate e) {
    putChanceCorrected(out, e.coefficient());
    out.put("standard_error", Cells.json(e.standardError()));
    out.put("ci_lower", Cells.json(e.lower()));
    out.put("ci_upper", Cells.json(e.upper()));
    out.put("confidence", e.confidence());
    out.put("p_value", Cells.json(e.pValue()));
  }

  private static void putChanceCorrected(Map<String, Object> out, ChanceCorrected c) {
    out.put("value", Cells.json(c.value()));
    out.put("observed_agreement", Cells.json(c.observed()));
    out.put("chance_agreement", Cells.json(c.expected()));
    out.put("items_used", c.items());
  }

  private static CohenKappa.Weights parseWeights(String s) {
    if (s == null) {
      return CohenKappa.Weights.NONE;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "none" -> CohenKappa.Weights.NONE;
      case "linear" -> CohenKappa.Weights.LINEAR;
      case "quadratic" -> CohenKappa.Weights.QUADRATIC;
      default ->
          throw new UsageError("--weights: expected none, linear or quadratic, found '" + s + "'");
    };
  }

  private static KrippendorffAlpha.Level parseLevel(String s) {
    if (s == null) {
      return KrippendorffAlpha.Level.NOMINAL;
    }
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "nominal" -> KrippendorffAlpha.Level.NOMINAL;
      case "ordinal" -> KrippendorffAlpha.Level.ORDINAL;
      case "interval" -> KrippendorffAlpha.Level.INTERVAL;
      case "ratio" -> KrippendorffAlpha.Level.RATIO;
      default ->
          throw new UsageError(
              "--level: expected nominal, ordinal, interval or ratio, found '" + s + "'");
    };
  }
}
