package dev.assay.cli;

import dev.assay.train.reward.OcclusionExplainer;
import dev.assay.models.reward.RewardModel;
import dev.assay.models.reward.RewardScorer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay reward explain}: per-sentence occlusion attribution of one response's reward ({@link
 * OcclusionExplainer} does the work).
 *
 * <pre>{@code
 * ./assay reward explain --model default --prompt "How do I boil an egg?" --response "Boil water. Add the egg."
 * }</pre>
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Explain a reward: prints the response's reward and, per sentence, reward(full) -"
        + " reward(without the sentence) (one JSON object with --json). Long texts can be passed as @file (picocli argument files).",
    footerHeading = "%nExample:%n",
    footer = {"  assay reward explain --model default --prompt \"Boil an egg?\" --response \"Boil water. Add the egg.\""})
public final class RewardExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Mixin OutputMode output;

  @Option(names = "--model", required = true, paramLabel = "DIR", description = "Model folder or 'default'.")
  String model;

  @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "The prompt.")
  String prompt;

  @Option(names = "--response", required = true, paramLabel = "TEXT", description = "The response to explain.")
  String response;

  @Override
  public Integer call() {
    if (response.isBlank()) {
      throw new UsageError("--response: expected text, found a blank string");
    }
    RewardModel m = RewardModel.load(model);
    OcclusionExplainer.Explanation e;
    try (RewardScorer s = RewardScorer.open(m, null)) {
      e = OcclusionExplainer.explain(s, prompt, response);
    }
    output.result(e.toMap());
    return ExitCode.OK;
  }
}
