package dev.assay.cli.stats;

import dev.assay.cli.ExitCode;
import dev.assay.cli.OutputMode;
import dev.assay.cli.UsageError;
import dev.assay.core.format.Fields;
import dev.assay.core.io.InputRecord;
import dev.assay.stats.info.FlipRate;
import dev.assay.stats.info.FlipRateResult;
import dev.assay.stats.info.PairOutcome;
import dev.assay.stats.info.TiePolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay stats flip-rate}: how often the winner of a pair changes between two sets of
 * verdicts (position swap, two runs, two annotators, two reward models).
 *
 * <pre>{@code
 * ./assay stats flip-rate --swapped --ties exclude original.jsonl swapped.jsonl
 * }</pre>
 */
@Command(
    name = "flip-rate",
    mixinStandardHelpOptions = true,
    description = {
      "Preference flip rate: the share of pairs whose winner differs between two files.",
      "Input: two JSON Lines files (optionally .gz); each line {\"id\": <string or number>, and"
          + " either \"winner\": \"first\"|\"second\"|\"tie\" (also \"a\"/\"b\", \"model_a\"/\"model_b\","
          + " \"1\"/\"2\") or \"preference\": number in [1, 2] (AlpacaEval: < 1.5 first, > 1.5"
          + " second, 1.5 or 0 tie)}. Lines are joined by id; ids must be unique within a file and"
          + " ids found in one file only are counted as unmatched.",
      "Output (--json): one JSON object: flip_rate, flips, compared, excluded, tie_policy, matched,"
          + " unmatched_a, unmatched_b."
    })
public final class FlipRateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Parameters(index = "0", paramLabel = "<a.jsonl>", description = "First set of verdicts.")
  Path a;

  @Parameters(index = "1", paramLabel = "<b.jsonl>", description = "Second set of verdicts.")
  Path b;

  @Option(
      names = "--ties",
      paramLabel = "POLICY",
      defaultValue = "EXCLUDE",
      description = "How ties count: EXCLUDE (pairs with a tie are left out), TIE_IS_OWN_OUTCOME (a change to or from a tie is a flip), TIE_COUNTS_AS_FLIP (any tie is a flip). Default: ${DEFAULT-VALUE}.")
  TiePolicy ties;

  @Option(
      names = "--swapped",
      description = "The second file judged the pairs with positions swapped: its first/second are exchanged before comparing.")
  boolean swapped;

  @Override
  public Integer call() {
    Map<String, PairOutcome> first = read(a);
    Map<String, PairOutcome> second = read(b);
    List<PairOutcome> xs = new ArrayList<>();
    List<PairOutcome> ys = new ArrayList<>();
    for (Map.Entry<String, PairOutcome> e : first.entrySet()) {
      PairOutcome y = second.get(e.getKey());
      if (y != null) {
        xs.add(e.getValue());
        ys.add(swapped ? y.swapped() : y);
      }
    }
    if (xs.isEmpty()) {
      throw new UsageError(b + ": expected ids shared with " + a + ", found none in common");
    }
    FlipRateResult r = FlipRate.of(xs, ys, ties);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("flip_rate", Double.isNaN(r.rate()) ? null : r.rate());
    out.put("flips", r.flips());
    out.put("compared", r.compared());
    out.put("excluded", r.excluded());
    out.put("tie_policy", r.policy().name());
    out.put("swapped", swapped);
    out.put("matched", xs.size());
    out.put("unmatched_a", first.size() - xs.size());
    out.put("unmatched_b", second.size() - xs.size());
    output.result(out);
    return ExitCode.OK;
  }

  private static Map<String, PairOutcome> read(Path path) {
    Map<String, PairOutcome> out = new LinkedHashMap<>();
    RatingInputs.forEachObject(
        path,
        "jsonl",
        r -> {
          JsonNode id = r.value().get("id");
          if (id == null || !(id.isString() || id.isNumber())) {
            throw new UsageError(
                r.location() + ": id: expected a string or number, found "
                    + (id == null ? "no value" : Fields.describe(id)));
          }
          String key = id.isString() ? id.stringValue() : id.toString();
          if (out.put(key, outcome(r)) != null) {
            throw new UsageError(r.location() + ": id: expected unique ids, found \"" + key + "\" again");
          }
        });
    return out;
  }

  static PairOutcome outcome(InputRecord r) {
    JsonNode w = r.value().get("winner");
    if (w != null && !w.isNull()) {
      String s = w.isString() ? w.stringValue().strip().toLowerCase(Locale.ROOT) : w.toString();
      return switch (s) {
        case "first", "a", "model_a", "1" -> PairOutcome.FIRST;
        case "second", "b", "model_b", "2" -> PairOutcome.SECOND;
        case "tie", "draw", "tie (bothbad)", "0" -> PairOutcome.TIE;
        default ->
            throw new UsageError(
                r.location() + ": winner: expected \"first\", \"second\" or \"tie\", found " + Fields.describe(w));
      };
    }
    JsonNode p = r.value().get("preference");
    if (p != null && p.isNumber()) {
      double v = p.doubleValue();
      if (v == 0 || v == 1.5) {
        return PairOutcome.TIE;
      }
      if (v >= 1 && v < 1.5) {
        return PairOutcome.FIRST;
      }
      if (v > 1.5 && v <= 2) {
        return PairOutcome.SECOND;
      }
      throw new UsageError(r.location() + ": preference: expected a number in [1, 2] or 0, found " + v);
    }
    throw new UsageError(
        r.location() + ": expected a \"winner\" string or a numeric \"preference\", found "
            + (p == null ? "neither" : "preference " + Fields.describe(p)));
  }
}
