package dev.assay.models.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled MiniLM through our runner, checked against LangChain4j's own model class. */
class MiniLmTest {
  static final List<String> TEXTS = List.of(
      "How do I reset my password?",
      "What are the steps to reset my password?",
      "The capital of France is Paris.",
      "Photosynthesis converts light energy into chemical energy stored in glucose.",
      "def add(a, b):\n    return a + b",
      "Ünïcödé façade — naïve café, 東京 and emoji 🙂 in one line.",
      "a");

  static Embedder fp32;
  static Embedder int8;

  @BeforeAll
  static void open() {
    fp32 = Embedders.open("minilm");
    int8 = Embedders.open("minilm-q", EmbedderOptions.defaults().withBatchSize(3));
  }

  @AfterAll
  static void close() {
    fp32.close();
    int8.close();
  }

  @Test
  void matchesLangChain4jFp32() {
    assertMatches(fp32, new AllMiniLmL6V2EmbeddingModel());
  }

  @Test
  void matchesLangChain4jInt8OneTextAtATime() {
    try (Embedder single = Embedders.open("minilm-q", EmbedderOptions.defaults().withBatchSize(1))) {
      assertMatches(single, new AllMiniLmL6V2QuantizedEmbeddingModel(), 0.999);
    }
  }

  /**
   * The int8 model quantises activations dynamically, with one scale per tensor: the other texts
   * of a batch (and its padding) shift a text's vector slightly.
   */
  @Test
  void int8VectorsDependOnlySlightlyOnTheirBatch() {
    assertMatches(int8, new AllMiniLmL6V2QuantizedEmbeddingModel(), 0.98);
  }

  private static void assertMatches(Embedder ours, EmbeddingModel theirs) {
    assertMatches(ours, theirs, 0.999);
  }

  private static void assertMatches(Embedder ours, EmbeddingModel theirs, double min) {
    float[][] v = ours.embed(TEXTS);
    for (int i = 0; i < TEXTS.size(); i++) {
      float[] ref = theirs.embed(TEXTS.get(i)).content().vector();
      assertThat(Embedder.cosine(v[i], ref)).as(TEXTS.get(i)).isGreaterThan(min);
    }
  }

  @Test
  void vectorsAreUnitLengthWithTheModelsDimension() {
    assertThat(fp32.dimension()).isEqualTo(384);
    for (float[] v : fp32.embed(TEXTS)) {
      assertThat(v).hasSize(384);
      assertThat(Embedder.cosine(v, v)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }
  }

  @Test
  void blankTextsGiveTheZeroVectorAndDoNotDisturbTheirNeighbours() {
    List<String> in = List.of("", "hello world", " \t\n", "\u00a0\u2003", "hello world");
    float[][] v = fp32.embed(in);
    assertThat(Embedder.isZero(v[0])).isTrue();
    assertThat(Embedder.isZero(v[2])).isTrue();
    assertThat(Embedder.isZero(v[3])).isTrue();
    assertThat(Embedder.cosine(v[1], v[4])).isGreaterThan(0.9999);
    assertThat(fp32.embed(List.of())).isEmpty();
  }

  @Test
  void batchingAndPaddingDoNotChangeVectors() {
    float[][] batched = fp32.embed(TEXTS);
    for (int i = 0; i < TEXTS.size(); i++) {
      assertThat(Embedder.cosine(batched[i], fp32.embed(TEXTS.get(i)))).isGreaterThan(0.99999);
    }
  }

  @Test
  void paraphrasesAreCloserThanUnrelatedTexts() {
    float[][] v = fp32.embed(TEXTS);
    double para = Embedder.cosine(v[0], v[1]);
    double unrelated = Embedder.cosine(v[0], v[2]);
    assertThat(para).isGreaterThan(0.8);
    assertThat(unrelated).isLessThan(0.3);
    float[][] q = int8.embed(TEXTS);
    assertThat(Embedder.cosine(q[0], q[1])).isGreaterThan(0.8);
    for (int i = 0; i < TEXTS.size(); i++) {
      assertThat(Embedder.cosine(v[i], q[i])).as("int8 vs fp32: " + TEXTS.get(i)).isGreaterThan(0.95);
    }
  }

  @Test
  void infoDescribesTheModel() {
    EmbedderInfo i = int8.info();
    assertThat(i.quantized()).isTrue();
    assertThat(i.maxTokens()).isEqualTo(256);
    assertThat(i.sha256()).hasSize(64).isNotEqualTo(fp32.info().sha256());
    assertThat(i.pooling()).isEqualTo("mean");
    assertThat(i.toMap()).containsKeys("model_id", "sha256", "quantized", "max_tokens");
    assertThat(fp32.name()).isEqualTo("all-minilm-l6-v2");
  }
}
