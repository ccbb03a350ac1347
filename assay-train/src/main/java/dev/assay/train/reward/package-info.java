/**
 * The Bradley-Terry reward model: preference pairs in ({@link dev.assay.train.reward.PairReader}),
 * MiniLM and surface features ({@link dev.assay.train.reward.FeatureSpec}, {@link
 * dev.assay.train.reward.PairFeaturizer}), a small plain-Java MLP ({@link
 * dev.assay.train.reward.RewardMlp}) trained on {@link dev.assay.train.reward.BradleyTerryLoss} by
 * {@link dev.assay.train.reward.RewardTrainer}, evaluation next to the "longer wins" and "random"
 * baselines ({@link dev.assay.train.reward.RewardEvaluator}), prompt-grouped cross-validation
 * ({@link dev.assay.train.reward.CrossValidation}) and sentence occlusion ({@link
 * dev.assay.train.reward.OcclusionExplainer}). {@link dev.assay.train.reward.RewardTrainRun} and
 * {@link dev.assay.train.reward.RewardScoreRun} are what {@code assay reward train|score} run.
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
package dev.assay.train.reward;
