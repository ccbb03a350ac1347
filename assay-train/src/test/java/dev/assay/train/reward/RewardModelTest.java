package dev.assay.train.reward;

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
  void surfaceFeatures() {
    double[] f = SurfaceFeatures.of("Steps:\n1. Preheat.\n2) Bake.\n- serve\n```code```");
    assertThat(f[3]).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(f[4]).isEqualTo(1.0);
    assertThat(SurfaceFeatures.words(" two  words ")).isEqualTo(2);
  }
}
