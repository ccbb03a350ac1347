package dev.assay.models.toxicity.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.models.embed.MiniLm;
import dev.assay.models.embed.TextTokenizer;
import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorers;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a real ONNX sequence classifier that {@code src/test/python/make_tiny_classifier.py}
 * generated (logits = masked mean of TABLE[id mod 8]) with MiniLM's real tokenizer, and checks the
 * scores against the same function computed here from the tokenizer's ids: tokenisation, padding,
 * the attention mask, label mapping and the sigmoid are all exercised for real.
 */
class OnnxClassifierScorerTest {
  private static final double[][] TABLE = {
    {0.5, -1.0}, {1.5, 0.25}, {-0.75, 2.0}, {0.0, 0.0}, {2.5, -0.5}, {-1.25, 1.0}, {0.75, 0.75}, {-2.0, -1.5}
  };

  @TempDir Path dir;

  @BeforeEach
  void modelFolder() throws Exception {
    for (String f : List.of("model.onnx", "config.json")) {
      try (InputStream in = getClass().getResourceAsStream("/tiny-classifier/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    try (InputStream in = MiniLm.tokenizerJson(false)) {
      Files.copy(in, dir.resolve("tokenizer.json"));
    }
  }

  private static double[] expected(long[] ids) {
    double[] sum = new double[2];
    for (long id : ids) {
      sum[0] += TABLE[(int) (id % 8)][0];
      sum[1] += TABLE[(int) (id % 8)][1];
    }
    return new double[] {1 / (1 + Math.exp(-sum[0] / ids.length)), 1 / (1 + Math.exp(-sum[1] / ids.length))};
  }

  @Test
  void scoresMatchTheGraphComputedByHandAcrossPaddedBatches() throws Exception {
    List<String> texts = List.of("short", "a considerably longer sentence with many more word pieces in it", "   ", "mid length text");
    try (ToxicityScorer s = ToxicityScorers.open("onnx:" + dir.resolve("model.onnx"));
        TextTokenizer tok = TextTokenizer.of(dir.resolve("tokenizer.json"), 512)) {
      assertThat(s.labels()).containsExactly("toxicity", "identity_attack");
      List<Map<String, Double>> out = s.score(texts);
      for (int i : new int[] {0, 1, 3}) {
        double[] e = expected(tok.ids(texts.get(i)));
        assertThat(out.get(i).get("toxicity")).as(texts.get(i)).isCloseTo(e[0], within(1e-6));
        assertThat(out.get(i).get("identity_attack")).as(texts.get(i)).isCloseTo(e[1], within(1e-6));
      }
      assertThat(out.get(2)).containsEntry("toxicity", 0.0).containsEntry("identity_attack", 0.0);
      assertThat(s.info()).containsEntry("activation", "sigmoid");
    }
  }

  @Test
  void softmaxWhenLabelsAreExclusive() throws Exception {
    Files.writeString(dir.resolve("config.json"), "{\"id2label\": {\"0\": \"non-toxic\", \"1\": \"toxic\"}}");
    try (ToxicityScorer s = ToxicityScorers.open("onnx:" + dir.resolve("model.onnx"))) {
      Map<String, Double> p = s.score(List.of("hello there")).get(0);
      assertThat(p.keySet()).containsExactly("non_toxic", "toxicity");
      assertThat(p.get("non_toxic") + p.get("toxicity")).isCloseTo(1.0, within(1e-9));
    }
  }

  @Test
  void missingFilesAreClearErrors() throws Exception {
    Files.delete(dir.resolve("config.json"));
    assertThatThrownBy(() -> ToxicityScorers.open("onnx:" + dir.resolve("model.onnx")))
        .hasMessageContaining("config.json");
    Files.delete(dir.resolve("tokenizer.json"));
    assertThatThrownBy(() -> ToxicityScorers.open("onnx:" + dir.resolve("model.onnx")))
        .hasMessageContaining("tokenizer.json");
  }
}
