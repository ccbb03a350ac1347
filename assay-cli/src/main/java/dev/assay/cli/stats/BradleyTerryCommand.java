package dev.assay.cli.stats;

import dev.assay.cli.ExitCode;
import dev.assay.cli.OutputMode;
import dev.assay.cli.UsageError;
import dev.assay.stats.rating.BattleOutcome;
import dev.assay.stats.rating.BootstrapConfig;
import dev.assay.stats.rating.BootstrapRatings;
import dev.assay.stats.rating.BradleyTerry;
import dev.assay.stats.rating.BradleyTerryBootstrap;
import dev.assay.stats.rating.PairwiseCounts;
import dev.assay.stats.rating.RatedModel;
import dev.assay.stats.rating.RatingScale;
import dev.assay.stats.rating.RatingTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay stats bradley-terry}: Chatbot-Arena-style Bradley-Terry ratings with bootstrap
 * intervals and ranks from a battle log.
 *
 * <pre>{@code
 * ./assay stats bradley-terry --bootstrap 1000 --seed 42 battles.jsonl
 * }</pre>
 */
@Command(
    name = "bradley-terry",
    mixinStandardHelpOptions = true,
    description = {
      "Bradley-Terry ratings (FastChat's compute_bt: scale 400, base 10, mean 1000, ties count as"
          + " half a win) with percentile bootstrap intervals and ranks.",
      "Input: JSON Lines (optionally .gz), one battle per line:",
      "  {\"model_a\": \"x\", \"model_b\": \"y\", \"winner\": \"model_a\"|\"model_b\"|\"tie\"|\"tie (bothbad)\"}",
      "Output (--json): one JSON object; \"ratings\" lists {model, rating, lower, upper, rank} by rating,"
          + " highest first. rank = 1 + the number of models whose lower bound exceeds this"
          + " model's upper bound (FastChat's rank)."
    })
public final class BradleyTerryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Parameters(index = "0", paramLabel = "<battles.jsonl>", description = "Battle log (JSON Lines, optionally gzipped).")
  Path battles;

  @Option(
      names = "--bootstrap",
      paramLabel = "R",
      defaultValue = "1000",
      description = "Bootstrap rounds (default: ${DEFAULT-VALUE}); 0 skips the bootstrap: lower and upper are then null and rank orders by rating.")
  int rounds;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed of the bootstrap (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--anchor",
      paramLabel = "MODEL=RATING",
      description = "Pin one model's rating (FastChat's Arena pins mixtral-8x7b-instruct-v0.1=1114); default: ratings average 1000.")
  String anchor;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for the bootstrap (default: the number of processors).")
  Integer threads;

  @Option(
      names = "--confidence",
      paramLabel = "C",
      defaultValue = "0.95",
      description = "Central mass of the bootstrap interval (default: ${DEFAULT-VALUE}, i.e. the 2.5%% and 97.5%% percentiles).")
  double confidence;

  @Override
  public Integer call() {
    if (rounds < 0) {
      throw new UsageError("--bootstrap: expected a number of rounds >= 0, found " + rounds);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new UsageError("--confidence: expected a number in (0, 1), found " + confidence);
    }
    int nThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (nThreads < 1) {
      throw new UsageError("--threads: expected >= 1, found " + nThreads);
    }
    RatingScale scale = parseAnchor(anchor);
    PairwiseCounts.Builder builder = PairwiseCounts.builder();
    long n =
        RatingInputs.forEachObject(
            battles,
            "jsonl",
            r -> {
              String a = RatingInputs.requireString(r, "model_a");
              String b = RatingInputs.requireString(r, "model_b");
              String w = RatingInputs.requireString(r, "winner");
              BattleOutcome outcome =
                  BattleOutcome.parse(w)
                      .orElseThrow(
                          () ->
                              new UsageError(
                                  r.location()
                                      + ": winner: expected \"model_a\", \"model_b\", \"tie\" or \"tie (bothbad)\", found \""
                                      + w
                                      + "\""));
              if (a.equals(b)) {
                throw new UsageError(
                    r.location() + ": model_b: expected a model other than model_a, found \"" + b + "\" twice");
              }
              builder.add(a, b, outcome);
            });
    PairwiseCounts counts = builder.build();
    if (scale.anchorModel() != null && !counts.models().contains(scale.anchorModel())) {
      throw new UsageError(
          "--anchor: model '" + scale.anchorModel() + "' does not appear in " + battles);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    if (rounds == 0) {
      RatingTable t = BradleyTerry.fit(counts, scale);
      Map<String, Double> sorted = t.sortedDescending();
      for (Map.Entry<String, Double> e : sorted.entrySet()) {
        int rank = 1 + (int) sorted.values().stream().filter(v -> v > e.getValue()).count();
        rows.add(row(e.getKey(), e.getValue(), null, null, rank));
      }
    } else {
      BootstrapRatings b =
          BradleyTerryBootstrap.run(counts, scale, new BootstrapConfig(rounds, seed, nThreads, confidence));
      for (RatedModel m : b.ratings()) {
        rows.add(row(m.model(), m.rating(), m.lower(), m.upper(), m.rank()));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("battles", n);
    out.put("models", counts.modelCount());
    out.put("bootstrap_rounds", rounds);
    out.put("seed", seed);
    out.put("confidence", confidence);
    out.put("anchor", scale.anchorModel() == null ? null : Map.of("model", scale.anchorModel(), "rating", scale.anchorRating()));
    out.put("ratings", rows);
    output.result(out);
    return ExitCode.OK;
  }

  private static Map<String, Object> row(String model, double rating, Double lower, Double upper, int rank) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model", model);
    m.put("rating", rating);
    m.put("lower", lower);
    m.put("upper", upper);
    m.put("rank", rank);
    return m;
  }

  static RatingScale parseAnchor(String spec) {
    if (spec == null) {
      return RatingScale.FASTCHAT;
    }
    int eq = spec.lastIndexOf('=');
    if (eq <= 0 || eq == spec.length() - 1) {
      throw new UsageError("--anchor: expected MODEL=RATING, found '" + spec + "'");
    }
    try {
      double rating = Double.parseDouble(spec.substring(eq + 1).strip());
      if (!Double.isFinite(rating)) {
        throw new NumberFormatException();
      }
      return RatingScale.FASTCHAT.withAnchor(spec.substring(0, eq), rating);
    } catch (NumberFormatException e) {
      throw new UsageError("--anchor: expected a finite number after '=', found '" + spec.substring(eq + 1) + "'");
    }
  }
}
