/**
 * Training of the Bradley-Terry reward model (the model itself, its features and its scorer live
 * in {@code dev.assay.models.reward} of {@code assay-models}): preference pairs in ({@link
 * dev.assay.train.reward.PairReader}), a plain-Java MLP trained on {@link
 * dev.assay.train.reward.BradleyTerryLoss} by {@link dev.assay.train.reward.RewardTrainer},
 * evaluation next to the "longer wins" and "random" baselines ({@link
 * dev.assay.train.reward.RewardEvaluator}), prompt-grouped cross-validation ({@link
 * dev.assay.train.reward.CrossValidation}) and sentence occlusion ({@link
 * dev.assay.train.reward.OcclusionExplainer}). {@link dev.assay.train.reward.RewardTrainRun} and
 * {@link dev.assay.train.reward.RewardScoreRun} are what {@code assay reward train|score} run.
 *
 * <pre>{@code
 * RewardTrainRun.Result r = RewardTrainRun.run(options, List.of(), System.err::println);
 * }</pre>
 *
 * <p>See {@code docs/reward-model.md} for the shipped default's measured numbers.
 */
package dev.assay.train.reward;
