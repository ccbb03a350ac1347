package dev.assay.models.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.core.AssayInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RewardModelTest {
  @TempDir Path dir;

  @Test
  void savesNumbersAndLoadsTheSameRewards() throws Exception {
    FeatureSpec spec = new FeatureSpec("minilm-q", 3, true, true);
    int d = spec.width();
    Random r = new Random(4);
    double[] mean = new double[d];
    double[] scale = new double[d];
    for (int j = 0; j < d; j++) {
      mean[j] = r.nextGaussian();
      scale[j] = 0.5 + r.nextDouble();
    }
    RewardModel m = new RewardModel(spec, new Standardizer(mean, scale), new RewardMlp(d, 4, RewardMlp.initialParams(d, 4, r)));
    m.save(dir);
    RewardModel back = RewardModel.load(dir.toString());
    float[] x = new float[d];
    for (int j = 0; j < d; j++) {
      x[j] = (float) r.nextGaussian();
    }
    assertThat(back.reward(x)).isCloseTo(m.reward(x), within(1e-5));
    assertThat(back.features()).isEqualTo(spec);
    assertThat(Files.readString(dir.resolve(RewardModel.FILE))).doesNotContain("\"text\"");
  }

  @Test
  void badModelFilesNameTheFile() throws Exception {
    Files.writeString(dir.resolve(RewardModel.FILE), "{\"format\": \"other\"}");
    assertThatThrownBy(() -> RewardModel.load(dir.toString()))
        .isInstanceOf(AssayInputException.class).hasMessageContaining(RewardModel.FILE).hasMessageContaining("format");
    assertThatThrownBy(() -> RewardModel.load(dir.resolve("missing").toString()))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("no reward model");
  }

  @Test
  void savesHeadsEnsemblesAndTheGate() throws Exception {
    FeatureSpec spec = new FeatureSpec("minilm-q", 3, true, false, true);
    int d = spec.headWidth();
    Random r = new Random(5);
    double[] mean = new double[d];
    double[] scale = new double[d];
    java.util.Arrays.fill(scale, 1.0);
    RewardHead a = new RewardHead("alpacaeval", java.util.List.of(
        new RewardMlp(d, 4, RewardMlp.initialParams(d, 4, r)), new RewardMlp(d, 4, RewardMlp.initialParams(d, 4, r))));
    RewardHead b = new RewardHead("hh-rlhf", java.util.List.of(new RewardMlp(d, 4, RewardMlp.initialParams(d, 4, r))));
    PromptGate gate = new PromptGate(java.util.List.of("alpacaeval", "hh-rlhf"),
        new double[][] {{0, 0, 0}, {1.5, -2, 0.5}}, new double[] {0, 0.25});
    RewardModel m = new RewardModel(spec, new Standardizer(mean, scale), java.util.List.of(a, b), gate);
    m.save(dir);
    RewardModel back = RewardModel.load(dir.toString());
    float[] row = new float[spec.width()];
    for (int j = 0; j < row.length; j++) {
      row[j] = (float) r.nextGaussian();
    }
    assertThat(back.reward(row)).isCloseTo(m.reward(row), within(1e-5));
    double w = gate.weights(spec.promptOf(row))[1];
    float[] x = spec.headPart(row);
    assertThat(m.reward(row)).isCloseTo((1 - w) * a.reward(x) + w * b.reward(x), within(1e-9));
    assertThat(back.heads()).extracting(RewardHead::name).containsExactly("alpacaeval", "hh-rlhf");
  }

  @Test
  void aModelOfTheEarlierFormatAsksToBeTrainedAgain() throws Exception {
    Files.writeString(dir.resolve(RewardModel.FILE), "{\"format\": \"assay-reward-mlp/1\"}");
    assertThatThrownBy(() -> RewardModel.load(dir.toString()))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("train it again");
  }

  @Test
  void newSurfaceFeaturesReadLayoutDisclaimersAndEndings() {
    double[] f = SurfaceFeatures.of("As an AI, I cannot browse.\n## Steps\n**Bold** and **more**\n\nDone.");
    java.util.List<String> n = SurfaceFeatures.NAMES;
    assertThat(f).hasSize(n.size());
    assertThat(f[n.indexOf("opens_with_disclaimer")]).isEqualTo(1.0);
    assertThat(f[n.indexOf("disclaimer_phrases")]).isEqualTo(2.0);   // "as an ai", "i cannot"
    assertThat(f[n.indexOf("headings")]).isEqualTo(1.0);
    assertThat(f[n.indexOf("bold_spans")]).isEqualTo(2.0);
    assertThat(f[n.indexOf("ends_cleanly")]).isEqualTo(1.0);
    assertThat(f[n.indexOf("log_paragraph_breaks")]).isCloseTo(Math.log1p(1), within(1e-12));
    double[] cut = SurfaceFeatures.of("the the the and then it was cut");
    assertThat(cut[n.indexOf("ends_cleanly")]).isEqualTo(0.0);
    assertThat(cut[n.indexOf("type_token_ratio")]).isCloseTo(6 / 8.0, within(1e-12));
    assertThat(cut[n.indexOf("opens_with_disclaimer")]).isEqualTo(0.0);
  }

  @Test
  void surfaceFeatures() {
    double[] f = SurfaceFeatures.of("Steps:\n1. Preheat.\n2) Bake.\n- serve\n```code```");
    assertThat(f[3]).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(f[4]).isEqualTo(1.0);
    assertThat(SurfaceFeatures.words(" two  words ")).isEqualTo(2);
  }
}
