package dev.assay.train.reward;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hyperparameters of one reward-model fit (recorded in every manifest).
 *
 * <pre>{@code
 * RewardTrainConfig c = RewardTrainConfig.defaults().withSeed(7).withSurface(false);
 * }</pre>
 *
 * @param hidden hidden units of the MLP
 * @param l2 L2 strength on the weight matrices
 * @param dropout probability of dropping a hidden unit while training
 * @param learningRate Adam's step size
 * @param batch pairs per step
 * @param maxEpochs most passes over the training pairs
 * @param patience epochs without a better validation loss before stopping (the best epoch's
 *     weights are kept)
 * @param validationFraction share of prompts held out for early stopping (grouped by prompt)
 * @param centre TRL's {@code center_rewards_coefficient} (0 = off)
 * @param surface whether the surface features (length etc.) are used
 * @param interaction whether the prompt-response product features are used
 * @param balanceSources repeat the pairs of smaller sources in each epoch so that every source
 *     weighs about as much as the largest
 * @param seed seed of the split, the initial weights, the batch order and dropout
 */
public record RewardTrainConfig(int hidden, double l2, double dropout, double learningRate, int batch,
    int maxEpochs, int patience, double validationFraction, double centre, boolean surface, boolean interaction, boolean balanceSources, long seed,
    int ensemble, boolean headsBySource) {

  /** Checks the ranges. */
  public RewardTrainConfig {
    if (hidden < 1 || batch < 1 || maxEpochs < 1 || patience < 1) {
      throw new IllegalArgumentException("hidden, batch, epochs and patience: expected >= 1");
    }
    if (!(l2 >= 0) || !(centre >= 0) || !(learningRate > 0)) {
      throw new IllegalArgumentException("l2 and centre: expected >= 0; learning rate: expected > 0");
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout: expected a probability in [0, 1), found " + dropout);
    }
    if (ensemble < 1) {
      throw new IllegalArgumentException("ensemble: expected >= 1 network per head, found " + ensemble);
    }
    if (!(validationFraction > 0 && validationFraction < 1)) {
      throw new IllegalArgumentException("validation fraction: expected a number in (0, 1), found " + validationFraction);
    }
  }

  /** One network, one head. */
  public RewardTrainConfig(int hidden, double l2, double dropout, double learningRate, int batch,
      int maxEpochs, int patience, double validationFraction, double centre, boolean surface, boolean interaction,
      boolean balanceSources, long seed) {
    this(hidden, l2, dropout, learningRate, batch, maxEpochs, patience, validationFraction, centre, surface, interaction,
        balanceSources, seed, 1, false);
  }

  /** A copy with {@code n} networks per head and, if {@code bySource}, one head per data source. */
  public RewardTrainConfig withHeads(int n, boolean bySource) {
    return new RewardTrainConfig(hidden, l2, dropout, learningRate, batch, maxEpochs, patience, validationFraction, centre, surface, interaction, balanceSources, seed, n, bySource);
  }

  /** The configuration of the shipped default model. */
  public static RewardTrainConfig defaults() {
    return new RewardTrainConfig(32, 1e-3, 0.1, 1e-3, 64, 40, 4, 0.1, 0.0, true, true, false, 42);
  }

  /** A copy with another seed. */
  public RewardTrainConfig withSeed(long s) {
    return new RewardTrainConfig(hidden, l2, dropout, learningRate, batch, maxEpochs, patience, validationFraction, centre, surface, interaction, balanceSources, s, ensemble, headsBySource);
  }

  /** A copy with the surface features on or off. */
  public RewardTrainConfig withSurface(boolean on) {
    return new RewardTrainConfig(hidden, l2, dropout, learningRate, batch, maxEpochs, patience, validationFraction, centre, on, interaction, balanceSources, seed, ensemble, headsBySource);
  }

  /** A copy with other network hyperparameters. */
  public RewardTrainConfig with(int h, double l2v, double drop, double centreV) {
    return new RewardTrainConfig(h, l2v, drop, learningRate, batch, maxEpochs, patience, validationFraction, centreV, surface, interaction, balanceSources, seed, ensemble, headsBySource);
  }

  /** The configuration as a map for manifests. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("network", "mlp_one_hidden_tanh_scalar_reward");
    m.put("hidden", hidden);
    m.put("loss", "bradley_terry_soft_labels_with_margin");
    m.put("l2", l2);
    m.put("dropout", dropout);
    m.put("optimizer", "adam");
    m.put("learning_rate", learningRate);
    m.put("batch", batch);
    m.put("max_epochs", maxEpochs);
    m.put("patience", patience);
    m.put("validation_fraction", validationFraction);
    m.put("center_rewards_coefficient", centre);
    m.put("surface_features", surface);
    m.put("prompt_interaction", interaction);
    m.put("balance_sources", balanceSources);
    m.put("networks_per_head", ensemble);
    m.put("heads_by_source", headsBySource);
    m.put("seed", seed);
    return m;
  }
}
