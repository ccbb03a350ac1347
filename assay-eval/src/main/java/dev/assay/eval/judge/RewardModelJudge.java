package dev.assay.eval.judge;

import dev.assay.eval.verdict.PairVerdict;
import dev.assay.eval.verdict.ParseStatus;
import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.Usage;
import dev.assay.models.reward.RewardModel;
import dev.assay.models.reward.RewardScorer;
import dev.assay.stats.math.Logistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The offline pairwise judge: a trained reward model ({@code assay reward train}, or the bundled
 * default) scores each answer, and {@code P(B better) = sigma(r_B - r_A)} (rewards summed over
 * turns) is the preference, in AlpacaEval's [1, 2] convention. Needs no chat model, asks nothing
 * over the network, and is deterministic; one presentation order suffices because the rewards do
 * not depend on the order.
 *
 * <pre>{@code
 * PairwiseJudge j = RewardModelJudge.defaults();
 * PairJudgment v = j.judge(PairItem.of("q1", "Name a prime.", "7", "8"), null);
 * }</pre>
 *
 * @param rewardModel {@code default} or a folder written by {@code assay reward train}
 */
public record RewardModelJudge(String rewardModel) implements PairwiseJudge {
  /** The registered name. */
  public static final String NAME = "reward-model";

  private static final Map<String, RewardScorer> SCORERS = new ConcurrentHashMap<>();

  /** Checks the configuration. */
  public RewardModelJudge {
    Objects.requireNonNull(rewardModel, "reward_model");
  }

  /** The bundled default reward model. */
  public static RewardModelJudge defaults() {
    return new RewardModelJudge("default");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean needsModel() {
    return false;
  }

  @Override
  public PairJudgment judge(PairItem item, ChatModel model) {
    RewardScorer scorer = SCORERS.computeIfAbsent(rewardModel, k -> RewardScorer.open(RewardModel.load(k), null));
    int turns = item.turns().size();
    List<String> prompts = new ArrayList<>();
    List<String> answers = new ArrayList<>();
    for (int t = 0; t < turns; t++) {
      prompts.add(item.turns().get(t));
      answers.add(item.outputA().get(t));
    }
    for (int t = 0; t < turns; t++) {
      prompts.add(item.turns().get(t));
      answers.add(item.outputB().get(t));
    }
    double[] r = scorer.score(prompts, answers);
    double ra = 0;
    double rb = 0;
    for (int t = 0; t < turns; t++) {
      ra += r[t];
      rb += r[turns + t];
    }
    double pref = 1 + Logistic.sigmoid(rb - ra);
    PairVerdict verdict = rb > ra ? PairVerdict.B : rb < ra ? PairVerdict.A : PairVerdict.TIE;
    String raw = String.format(Locale.ROOT, "{\"reward_a\": %.6f, \"reward_b\": %.6f}", ra, rb);
    OrderVerdict v = new OrderVerdict(verdict, ParseStatus.OK, List.of(raw), List.of(NAME), List.of(), 1.0, pref);
    return new PairJudgment(item.id(), NAME, PairJudgment.winnerOf(pref), pref, PairOutcome.SINGLE_ORDER, v, null, 0, 0,
        Usage.NONE);
  }
}
