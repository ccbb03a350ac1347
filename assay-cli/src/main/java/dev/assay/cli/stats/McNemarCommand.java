package dev.assay.cli.stats;

import dev.assay.cli.ExitCode;
import dev.assay.cli.OutputMode;
import dev.assay.cli.UsageError;
import dev.assay.stats.hypothesis.McNemar;
import dev.assay.stats.hypothesis.TestResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay stats mcnemar}: McNemar's test that two models graded on the same items have the
 * same accuracy.
 *
 * <pre>{@code
 * ./assay stats mcnemar --table 101,121,59,33 --exact
 * }</pre>
 */
@Command(
    name = "mcnemar",
    mixinStandardHelpOptions = true,
    description = {
      "McNemar's test on a paired 2x2 table (statsmodels' mcnemar semantics).",
      "Output (--json): one JSON object with \"statistic\" and \"p_value\" (null when undefined: the"
          + " chi-square test with b + c = 0), \"method\", \"table\", \"discordant\" (b + c)."
    })
public final class McNemarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Option(
      names = "--table",
      required = true,
      paramLabel = "a,b,c,d",
      description =
          "The 2x2 table row-major: a = both right, b = only model 1 right, c = only model 2"
              + " right, d = both wrong (any consistent labelling works; only b and c matter).")
  String table;

  @Option(
      names = "--exact",
      description =
          "Exact binomial test: statistic min(b, c), p = min(1, 2 P(X <= min(b, c))), X ~"
              + " Binomial(b + c, 1/2). Recommended when b + c < 25. Default: chi-square.")
  boolean exact;

  @Option(
      names = "--no-correction",
      description =
          "Chi-square without the continuity correction: (b - c)^2 / (b + c) instead of (|b - c|"
              + " - 1)^2 / (b + c). Ignored with --exact.")
  boolean noCorrection;

  @Override
  public Integer call() {
    long[] cells = parseTable(table);
    TestResult r = McNemar.test(cells, exact, !noCorrection);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", r.method());
    out.put("statistic", Cells.json(r.statistic()));
    out.put("p_value", Cells.json(r.pValue()));
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("a", cells[0]);
    t.put("b", cells[1]);
    t.put("c", cells[2]);
    t.put("d", cells[3]);
    out.put("table", t);
    out.put("discordant", cells[1] + cells[2]);
    out.put("exact", exact);
    out.put("correction", !exact && !noCorrection);
    output.result(out);
    return ExitCode.OK;
  }

  static long[] parseTable(String s) {
    String[] parts = s.split(",", -1);
    if (parts.length != 4) {
      throw new UsageError(
          "--table: expected 4 comma-separated counts a,b,c,d, found " + parts.length
              + " value(s) in '" + s + "'");
    }
    long[] cells = new long[4];
    String names = "abcd";
    for (int i = 0; i < 4; i++) {
      String p = parts[i].strip();
      try {
        cells[i] = Long.parseLong(p);
      } catch (NumberFormatException e) {
        throw new UsageError(
            "--table: cell " + names.charAt(i) + ": expected a whole number >= 0, found '"
                + parts[i] + "'");
      }
      if (cells[i] < 0) {
        throw new UsageError(
            "--table: cell " + names.charAt(i) + ": expected a whole number >= 0, found " + cells[i]);
      }
    }
    return cells;
  }
}
