package dev.assay.cli.stats;

import dev.assay.cli.ExitCode;
import dev.assay.cli.OutputMode;
import dev.assay.stats.info.RewardEntropy;
import dev.assay.stats.info.RewardEntropyResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay stats reward-entropy}: how decisive a reward model is on preference pairs.
 *
 * <pre>{@code
 * ./assay stats reward-entropy scores.jsonl
 * }</pre>
 */
@Command(
    name = "reward-entropy",
    mixinStandardHelpOptions = true,
    description = {
      "Reward entropy: the mean binary entropy (nats) of sigma(chosen - rejected) over preference"
          + " pairs; 0 = every pair decided with certainty, ln 2 = 0.693 = no preference at all.",
      "Input: JSON Lines (optionally .gz), one pair per line with two numeric reward scores:"
          + " {\"chosen\": 1.7, \"rejected\": -0.3} (other fields are ignored; rename the fields"
          + " with --chosen-field / --rejected-field).",
      "Output (--json): one JSON object: reward_entropy (nats), reward_entropy_bits, n, accuracy (share"
          + " with chosen > rejected), mean_margin."
    })
public final class RewardEntropyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Parameters(index = "0", paramLabel = "<scores.jsonl>", description = "Reward scores per pair (JSON Lines).")
  Path scores;

  @Option(names = "--chosen-field", defaultValue = "chosen", description = "Field with the chosen answer's reward (default: ${DEFAULT-VALUE}).")
  String chosenField;

  @Option(names = "--rejected-field", defaultValue = "rejected", description = "Field with the rejected answer's reward (default: ${DEFAULT-VALUE}).")
  String rejectedField;

  @Override
  public Integer call() {
    DoubleList chosen = new DoubleList();
    DoubleList rejected = new DoubleList();
    RatingInputs.forEachObject(
        scores,
        "jsonl",
        r -> {
          chosen.add(RatingInputs.requireNumber(r, chosenField));
          rejected.add(RatingInputs.requireNumber(r, rejectedField));
        });
    RewardEntropyResult e = RewardEntropy.of(chosen.toArray(), rejected.toArray());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("reward_entropy", e.entropy());
    out.put("reward_entropy_bits", e.entropy() / Math.log(2));
    out.put("n", e.n());
    out.put("accuracy", e.accuracy());
    out.put("mean_margin", e.meanMargin());
    output.result(out);
    return ExitCode.OK;
  }

  private static final class DoubleList {
    private double[] values = new double[64];
    private int size;

    void add(double v) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    double[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
