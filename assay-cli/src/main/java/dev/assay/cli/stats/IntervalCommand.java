package dev.assay.cli.stats;

import dev.assay.cli.ExitCode;
import dev.assay.cli.OutputMode;
import dev.assay.cli.UsageError;
import dev.assay.stats.interval.Interval;
import dev.assay.stats.interval.ProportionInterval;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay stats interval}: a confidence interval for a proportion, e.g. an accuracy of 81
 * correct answers out of 263.
 *
 * <pre>{@code
 * ./assay stats interval --method wilson --successes 81 --trials 263
 * }</pre>
 */
@Command(
    name = "interval",
    mixinStandardHelpOptions = true,
    description = {
      "Confidence interval for a binomial proportion K/N (as statsmodels' proportion_confint).",
      "Output (--json): one JSON object with \"lower\", \"upper\", \"estimate\" (K/N, null when N = 0),"
          + " \"method\", \"successes\", \"trials\" and \"confidence\". With N = 0 the interval"
          + " is [0, 1]."
    })
public final class IntervalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Option(
      names = "--method",
      required = true,
      paramLabel = "M",
      description =
          "wilson (Wilson score interval) or clopper-pearson (exact, from Beta quantiles; never"
              + " too narrow, often too wide).")
  String method;

  @Option(names = "--successes", required = true, paramLabel = "K", description = "Number of successes, 0 <= K <= N.")
  long successes;

  @Option(names = "--trials", required = true, paramLabel = "N", description = "Number of trials, N >= 0.")
  long trials;

  @Option(
      names = "--confidence",
      paramLabel = "C",
      defaultValue = "0.95",
      description = "Two-sided confidence level in (0, 1) (default: ${DEFAULT-VALUE}).")
  double confidence;

  @Override
  public Integer call() {
    if (trials < 0) {
      throw new UsageError("--trials: expected a count >= 0, found " + trials);
    }
    if (successes < 0 || successes > trials) {
      throw new UsageError(
          "--successes: expected a count between 0 and --trials (" + trials + "), found "
              + successes);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new UsageError("--confidence: expected a number strictly between 0 and 1, found " + confidence);
    }
    String m = method.toLowerCase(Locale.ROOT);
    Interval ci =
        switch (m) {
          case "wilson" -> ProportionInterval.wilson(successes, trials, confidence);
          case "clopper-pearson" -> ProportionInterval.clopperPearson(successes, trials, confidence);
          default ->
              throw new UsageError(
                  "--method: expected wilson or clopper-pearson, found '" + method + "'");
        };
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("method", ci.method());
    out.put("successes", successes);
    out.put("trials", trials);
    out.put("confidence", confidence);
    out.put("estimate", trials == 0 ? null : (double) successes / trials);
    out.put("lower", ci.lower());
    out.put("upper", ci.upper());
    output.result(out);
    return ExitCode.OK;
  }
}
