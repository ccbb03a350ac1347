package dev.assay.train.reward;

import dev.assay.models.reward.FeatureSpec;
import dev.assay.models.reward.PairFeaturizer;
import dev.assay.models.reward.RewardPair;
import dev.assay.stats.math.Logistic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Grouped k-fold cross-validation and random hyperparameter search for the reward model. Folds are
 * by prompt ({@link GroupSplit#fold}), so no prompt is in two folds; each fit's early stopping uses
 * prompts of its own training folds only. A candidate's score is the mean held-out Bradley-Terry
 * loss over the folds (accuracy is reported beside it).
 *
 * <pre>{@code
 * List<RewardTrainConfig> grid = CrossValidation.randomSearch(RewardTrainConfig.defaults(), 6, 42);
 * CrossValidation.Result r = CrossValidation.search(pairs, matrices, spec, grid, 3, System.err::println);
 * RewardTrainConfig best = r.best().config();
 * }</pre>
 */
public final class CrossValidation {
  /** One candidate's cross-validated scores. */
  public record Candidate(RewardTrainConfig config, double meanLoss, double sdLoss, double meanAccuracy, List<Double> foldLoss) {
    /** Copies the list. */
    public Candidate {
      foldLoss = List.copyOf(foldLoss);
    }

    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("hidden", config.hidden());
      m.put("l2", config.l2());
      m.put("dropout", config.dropout());
      m.put("learning_rate", config.learningRate());
      m.put("cv_loss_mean", LearningCurve.round(meanLoss));
      m.put("cv_loss_sd", LearningCurve.round(sdLoss));
      m.put("cv_accuracy_mean", LearningCurve.round(meanAccuracy));
      return m;
    }
  }

  /** All candidates in order and the best (lowest mean loss). */
  public record Result(List<Candidate> candidates, Candidate best, int folds) {
    /** Copies the list. */
    public Result {
      candidates = List.copyOf(candidates);
    }

    /** As a map for metrics.json. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("method", "grouped_k_fold_by_prompt");
      m.put("folds", folds);
      m.put("selected_by", "lowest mean held-out Bradley-Terry loss");
      m.put("candidates", candidates.stream().map(Candidate::toMap).toList());
      m.put("best", best.toMap());
      return m;
    }
  }

  private CrossValidation() {}

  /** {@code n} configurations drawn log-uniformly around {@code base} (hidden, l2, dropout, learning rate). */
  public static List<RewardTrainConfig> randomSearch(RewardTrainConfig base, int n, long seed) {
    Random r = new Random(seed);
    int[] hidden = {8, 16, 32, 64};
    List<RewardTrainConfig> out = new ArrayList<>();
    out.add(base);
    for (int i = 1; i < n; i++) {
      double l2 = Math.pow(10, -4 + 3 * r.nextDouble());
      double dropout = 0.6 * r.nextDouble();
      double lr = Math.pow(10, -4 + 1.5 * r.nextDouble());
      out.add(new RewardTrainConfig(hidden[r.nextInt(hidden.length)], l2, dropout, lr, base.batch(), base.maxEpochs(),
          base.patience(), base.validationFraction(), base.centre(), base.surface(), base.interaction(),
          base.balanceSources(), base.seed(), base.ensemble(), base.headsBySource()));
    }
    return out;
  }

  /** Cross-validates every configuration on {@code k} prompt-grouped folds. */
  public static Result search(List<RewardPair> pairs, PairFeaturizer.Matrices m, FeatureSpec spec,
      List<RewardTrainConfig> configs, int k, Consumer<String> log) {
    if (k < 2) {
      throw new IllegalArgumentException("--cv-folds: expected at least 2, found " + k);
    }
    List<Candidate> out = new ArrayList<>();
    for (RewardTrainConfig c : configs) {
      List<Double> losses = new ArrayList<>();
      double acc = 0;
      for (int f = 0; f < k; f++) {
        int fold = f;
        int[] test = GroupSplit.indices(pairs, p -> GroupSplit.fold(p.group(), c.seed() + 2, k) == fold);
        int[] train = RewardTrainer.complement(test, pairs.size());
        RewardTrainer.Trained t = RewardTrainer.fit(pick(pairs, train), rows(m, train), spec, c, s -> {});
        PairFeaturizer.Matrices held = rows(m, test);
        List<RewardPair> heldPairs = pick(pairs, test);
        double loss = 0;
        double right = 0;
        int decided = 0;
        for (int i = 0; i < test.length; i++) {
          double d = t.model().reward(held.chosen()[i]) - t.model().reward(held.rejected()[i]) - heldPairs.get(i).margin();
          double y = heldPairs.get(i).label();
          loss += y * Logistic.softplus(-d) + (1 - y) * Logistic.softplus(d);
          if (heldPairs.get(i).decided()) {
            decided++;
            right += d > 0 ? 1 : d == 0 ? 0.5 : 0;
          }
        }
        losses.add(loss / Math.max(1, test.length));
        acc += decided == 0 ? 0 : right / decided;
      }
      double mean = losses.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      double sd = Math.sqrt(losses.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum() / Math.max(1, k - 1));
      Candidate cand = new Candidate(c, mean, sd, acc / k, losses);
      out.add(cand);
      log.accept(String.format("cv: hidden %d, l2 %.2g, dropout %.2f, lr %.2g: loss %.4f +- %.4f, accuracy %.4f",
          c.hidden(), c.l2(), c.dropout(), c.learningRate(), mean, sd, acc / k));
    }
    Candidate best = out.get(0);
    for (Candidate c : out) {
      if (c.meanLoss() < best.meanLoss()) {
        best = c;
      }
    }
    return new Result(out, best, k);
  }

  private static List<RewardPair> pick(List<RewardPair> pairs, int[] idx) {
    List<RewardPair> out = new ArrayList<>(idx.length);
    for (int i : idx) {
      out.add(pairs.get(i));
    }
    return out;
  }

  private static PairFeaturizer.Matrices rows(PairFeaturizer.Matrices m, int[] idx) {
    float[][] c = new float[idx.length][];
    float[][] r = new float[idx.length][];
    for (int i = 0; i < idx.length; i++) {
      c[i] = m.chosen()[idx[i]];
      r[i] = m.rejected()[idx[i]];
    }
    return new PairFeaturizer.Matrices(c, r);
  }
}
