package dev.assay.stats.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Length-controlled win rate against AlpacaEval's published numbers. Sources (shared/data/alpaca_eval,
 * from tatsu-lab/alpaca_eval): the leaderboard {@code
 * leaderboards/data_AlpacaEval_2/weighted_alpaca_eval_gpt4_turbo_leaderboard.csv} (column {@code
 * length_controlled_winrate}), the fitted weights {@code
 * metrics/weights/weighted_alpaca_eval_gpt4_turbo/length_controlled_v1/baseline_gpt4_1106_preview.csv}
 * and the annotations of the 14 models shared/data first held ({@code results/<model>/weighted_alpaca_eval_gpt4_turbo};
 * see {@code AlpacaEvalModels.ORIGINAL}; the 31 added later are not part of these calibrated measurements).
 *
 * <p>We do not have AlpacaEval's {@code instruction_difficulty.csv} nor the annotations of its two
 * gamed baselines ({@code gpt4_1106_preview_verbose/_concise}), so nothing here can match to
 * rounding error: the tolerances are what the method achieves, measured once and recorded in
 * docs/stats-fidelity.md, with a margin. The numbers asserted against are always AlpacaEval's.
 */
class LengthControlledFidelityTest {

  /**
   * (a) Published weights + difficulties estimated from the 12 weighted models' annotations
   * ({@link InstructionDifficulty#givenWeights}). Measured: max |LC - leaderboard| = 0.43 points
   * (Mixtral-8x7B-Instruct-v0.1_concise, 22.61 vs 22.96); with each model's own annotations left
   * out of the difficulty estimate, 0.57. Tolerance 0.75 / 0.9 points, below the models' published
   * raw-win-rate standard errors (0.45 to 1.13).
   */
  @Test
  void publishedWeightsWithEstimatedDifficultiesReproduceTheLeaderboard() throws IOException {
    AlpacaReference ref = AlpacaReference.load();
    List<AlpacaReference.Model> models = ref.weighted();
    assertThat(models).hasSize(12);
    List<InstructionDifficulty.ModelAnnotations> annotations = annotations(models);
    List<GlmWeights> weights = models.stream().map(m -> ref.weights.get(m.name())).toList();
    InstructionDifficulty.Estimate e =
        InstructionDifficulty.givenWeights(
            ref.instructions.size(), annotations, weights, InstructionDifficulty.Config.defaults());
    double maxInSample = 0;
    double maxHeldOut = 0;
    for (int k = 0; k < models.size(); k++) {
      AlpacaReference.Model m = models.get(k);
      double published = ref.leaderboard.get(m.name())[0];
      double lc = LengthControlledWinRate.predict(weights.get(k), m.difficulties(e.difficulties())).winRate();
      List<InstructionDifficulty.ModelAnnotations> others = new ArrayList<>(annotations);
      List<GlmWeights> otherWeights = new ArrayList<>(weights);
      others.remove(k);
      otherWeights.remove(k);
      double[] heldOut =
          InstructionDifficulty.givenWeights(
                  ref.instructions.size(), others, otherWeights, InstructionDifficulty.Config.defaults())
              .difficulties();
      double lcHeldOut = LengthControlledWinRate.predict(weights.get(k), m.difficulties(heldOut)).winRate();
      maxInSample = Math.max(maxInSample, Math.abs(lc - published));
      maxHeldOut = Math.max(maxHeldOut, Math.abs(lcHeldOut - published));
    }
    assertThat(maxInSample).isLessThan(0.75);
    assertThat(maxHeldOut).isLessThan(0.9);
    // NullModel is the only one of our models whose lc_standard_error is published (0.1418);
    // AlpacaEval's definition (SEM of the predictions) gives 0.129 with our difficulties.
    AlpacaReference.Model nullModel = ref.models.get("NullModel");
    double se =
        LengthControlledWinRate.predict(ref.weights.get("NullModel"), nullModel.difficulties(e.difficulties()))
            .standardError();
    assertThat(se).isCloseTo(ref.leaderboard.get("NullModel")[1], within(0.03));
  }

  /**
   * (b) Our own GLM fit (AlpacaEval's cross-validated C grid and 5 folds) on the estimated
   * difficulties, without the gamed-baseline regularisation rows (not published). Measured, 11
   * models without gpt4_gamed: max |LC - leaderboard| = 2.59 points (NullModel, 83.87 vs 86.46),
   * max |weight - published| = 1.48 (phi-2's model term; AlpacaEval looks difficulties up by row
   * position and phi-2's file lacks 2 of the 805 instructions, so its published fit used shifted
   * difficulties; we match by instruction). gpt4_gamed (68-character answers) is what the
   * regularisation exists for: without it the length weight runs to -13.8 (published -2.98) and
   * LC to 27.4 (published 12.2), asserted below as the documented limitation.
   */
  @Test
  void ownFitIsCloseExceptWhereTheRegularisationMatters() throws IOException {
    AlpacaReference ref = AlpacaReference.load();
    List<AlpacaReference.Model> models = ref.weighted();
    List<GlmWeights> weights = models.stream().map(m -> ref.weights.get(m.name())).toList();
    double[] d =
        InstructionDifficulty.givenWeights(
                ref.instructions.size(), annotations(models), weights, InstructionDifficulty.Config.defaults())
            .difficulties();
    double maxLc = 0;
    double maxWeight = 0;
    for (AlpacaReference.Model m : models) {
      LengthControlledResult r =
          LengthControlledWinRate.fit(m.withDifficulty(d), List.of(), LengthControlledWinRate.Config.alpacaEval());
      double published = ref.leaderboard.get(m.name())[0];
      if (m.name().equals("gpt4_gamed")) {
        assertThat(r.winRate() - published).isGreaterThan(10);
        continue;
      }
      GlmWeights p = ref.weights.get(m.name());
      GlmWeights w = r.weights();
      maxLc = Math.max(maxLc, Math.abs(r.winRate() - published));
      maxWeight =
          Math.max(
              maxWeight,
              Math.max(
                  Math.abs(w.length() - p.length()),
                  Math.max(Math.abs(w.difficulty() - p.difficulty()), Math.abs(w.model() - p.model()))));
    }
    assertThat(maxLc).isLessThan(3.0);
    assertThat(maxWeight).isLessThan(1.6);
  }

  /**
   * (c) No published numbers used at all: difficulties from AlpacaEval's joint model on all 14
   * annotation files (C = 10), then our own fit. Measured: Pearson correlation 0.966 with the
   * difficulties of (a) (AlpacaEval reports 0.958 between two of its own estimates on different
   * model sets); max |LC - leaderboard| over the 11 models without gpt4_gamed 2.36 points.
   */
  @Test
  void jointDifficultiesWithoutPublishedWeights() throws IOException {
    AlpacaReference ref = AlpacaReference.load();
    List<AlpacaReference.Model> weighted = ref.weighted();
    List<GlmWeights> weights = weighted.stream().map(m -> ref.weights.get(m.name())).toList();
    double[] fromWeights =
        InstructionDifficulty.givenWeights(
                ref.instructions.size(), annotations(weighted), weights, InstructionDifficulty.Config.defaults())
            .difficulties();
    InstructionDifficulty.Estimate joint =
        InstructionDifficulty.joint(
            ref.instructions.size(),
            annotations(List.copyOf(ref.models.values())),
            10.0,
            InstructionDifficulty.Config.defaults());
    assertThat(pearson(joint.difficulties(), fromWeights)).isGreaterThan(0.95);
    double maxLc = 0;
    for (AlpacaReference.Model m : weighted) {
      if (m.name().equals("gpt4_gamed")) {
        continue;
      }
      LengthControlledResult r =
          LengthControlledWinRate.fit(
              m.withDifficulty(joint.difficulties()), List.of(), LengthControlledWinRate.Config.alpacaEval());
      double dev = Math.abs(r.winRate() - ref.leaderboard.get(m.name())[0]);
      maxLc = Math.max(maxLc, dev);
    }
    assertThat(maxLc).isLessThan(3.0);
  }

  private static List<InstructionDifficulty.ModelAnnotations> annotations(List<AlpacaReference.Model> models) {
    return models.stream().map(AlpacaReference.Model::annotations).toList();
  }

  static double pearson(double[] a, double[] b) {
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < a.length; i++) {
      ma += a[i] / a.length;
      mb += b[i] / b.length;
    }
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (a[i] - ma) * (b[i] - mb);
      saa += (a[i] - ma) * (a[i] - ma);
      sbb += (b[i] - mb) * (b[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }
}
