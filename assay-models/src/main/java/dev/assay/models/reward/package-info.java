/**
 * Reward-model inference: the Bradley-Terry reward model's file format and loader ({@link
 * dev.assay.models.reward.RewardModel}, format {@code assay-reward-mlp/2}, the shipped default as
 * a resource), its features (MiniLM embeddings and surface features, {@link
 * dev.assay.models.reward.FeatureSpec}, {@link dev.assay.models.reward.PairFeaturizer}), the
 * plain-Java MLP heads ({@link dev.assay.models.reward.RewardMlp}, {@link
 * dev.assay.models.reward.RewardHead}) mixed by a {@link dev.assay.models.reward.PromptGate}, and
 * the {@link dev.assay.models.reward.RewardScorer} that embeds and scores texts. Training lives in
 * {@code dev.assay.train.reward} of {@code assay-train}.
 *
 * <pre>{@code
 * RewardModel m = RewardModel.load("default");
 * try (RewardScorer s = RewardScorer.open(m, null)) {
 *   double[] r = s.score(List.of("Name a prime."), List.of("7 is prime."));
 * }
 * }</pre>
 *
 * <p>See {@code docs/reward-model.md} for the shipped default's measured numbers.
 */
package dev.assay.models.reward;
