package dev.assay.models.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CachingEmbedder} over a fake model: hits, misses, identity, single-flight. */
class CachingEmbedderTest {
  @TempDir Path dir;

  @Test
  void computesEachDistinctTextOnceAndServesTheRestFromTheStore() {
    CountingEmbedder model = new CountingEmbedder("aaa");
    try (EmbeddingStore store = EmbeddingStore.open(dir.resolve("e.db"))) {
      CachingEmbedder e = new CachingEmbedder(model, store, false);
      float[][] first = e.embed(List.of("alpha", "beta", "alpha", " \u00a0", ""));
      assertThat(model.seen).containsExactly("alpha", "beta");
      assertThat(e.stats()).isEqualTo(new CachingEmbedder.Stats(0, 2, 0));
      assertThat(first[3]).containsOnly(0f);
      assertThat(first[4]).containsOnly(0f);
      assertThat(bits(first[0])).isEqualTo(bits(CountingEmbedder.vectorOf("alpha")));
      assertThat(bits(first[2])).isEqualTo(bits(first[0]));

      float[][] second = e.embed(List.of("beta", "gamma", "alpha"));
      assertThat(model.seen).containsExactly("alpha", "beta", "gamma");
      assertThat(e.stats()).isEqualTo(new CachingEmbedder.Stats(2, 3, 0));
      assertThat(bits(second[0])).isEqualTo(bits(first[1]));
      assertThat(bits(second[2])).isEqualTo(bits(first[0]));
      assertThat(store.size()).isEqualTo(3);
    }
  }

  @Test
  void vectorsSurviveClosingAndReopeningTheFile() {
    Path file = dir.resolve("e.db");
    float[] before;
    try (EmbeddingStore store = EmbeddingStore.open(file)) {
      before = new CachingEmbedder(new CountingEmbedder("aaa"), store, false).embed("persist me");
    }
    CountingEmbedder model = new CountingEmbedder("aaa");
    try (EmbeddingStore store = EmbeddingStore.open(file)) {
      float[] after = new CachingEmbedder(model, store, false).embed("persist me");
      assertThat(model.calls).isZero();
      assertThat(bits(after)).isEqualTo(bits(before));
    }
  }

  @Test
  void anotherModelIdentityDoesNotHit() {
    try (EmbeddingStore store = EmbeddingStore.open(dir.resolve("e.db"))) {
      new CachingEmbedder(new CountingEmbedder("aaa"), store, false).embed(List.of("same text"));
      CountingEmbedder other = new CountingEmbedder("bbb"); // another model file
      CachingEmbedder e = new CachingEmbedder(other, store, false);
      e.embed(List.of("same text"));
      assertThat(other.seen).containsExactly("same text");
      assertThat(e.stats().hits()).isZero();
      assertThat(CachingEmbedder.keyOf(other.info())).isNotEqualTo(CachingEmbedder.keyOf(new CountingEmbedder("aaa").info()));
      EmbedderInfo i = other.info();
      EmbedderInfo otherWindow = new EmbedderInfo(i.modelId(), i.source(), i.sha256(), i.quantized(), i.dimension(), 512, i.pooling(), i.longText());
      EmbedderInfo otherPooling = new EmbedderInfo(i.modelId(), i.source(), i.sha256(), i.quantized(), i.dimension(), i.maxTokens(), "cls", i.longText());
      EmbedderInfo otherPath = new EmbedderInfo(i.modelId(), "/elsewhere/model.onnx", i.sha256(), i.quantized(), i.dimension(), i.maxTokens(), i.pooling(), i.longText());
      assertThat(CachingEmbedder.keyOf(otherWindow)).isNotEqualTo(CachingEmbedder.keyOf(i));
      assertThat(CachingEmbedder.keyOf(otherPooling)).isNotEqualTo(CachingEmbedder.keyOf(i));
      assertThat(CachingEmbedder.keyOf(otherPath)).isEqualTo(CachingEmbedder.keyOf(i));
    }
  }

  /** Two threads (two checks of one run) ask for the same texts at once: the model sees each once. */
  @Test
  void concurrentIdenticalRequestsComputeOnce() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    CountingEmbedder model = new CountingEmbedder("aaa", gate);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      texts.add("text number " + i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (EmbeddingStore store = EmbeddingStore.open(dir.resolve("e.db"))) {
      CachingEmbedder a = new CachingEmbedder(model, store, false);
      CachingEmbedder b = new CachingEmbedder(model, store, false); // a second embedder over the same store
      Future<float[][]> fa = pool.submit(() -> a.embed(texts));
      while (model.calls == 0) {
        Thread.sleep(5);
      }
      Future<float[][]> fb = pool.submit(() -> b.embed(texts));
      Thread.sleep(200); // b finds every text in flight and waits
      gate.countDown();
      float[][] va = fa.get();
      float[][] vb = fb.get();
      assertThat(model.seen).hasSize(50).doesNotHaveDuplicates();
      assertThat(model.calls).isEqualTo(1);
      assertThat(b.stats()).isEqualTo(new CachingEmbedder.Stats(0, 0, 50));
      for (int i = 0; i < 50; i++) {
        assertThat(bits(vb[i])).isEqualTo(bits(va[i]));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedComputationFailsItsWaitersAndIsNotStored() throws Exception {
    Embedder failing = new CountingEmbedder("aaa") {
      @Override
      public float[][] embed(List<String> texts) {
        throw new EmbeddingException("model run failed", null);
      }
    };
    try (EmbeddingStore store = EmbeddingStore.open(dir.resolve("e.db"))) {
      CachingEmbedder e = new CachingEmbedder(failing, store, false);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.embed(List.of("x")))
          .isInstanceOf(EmbeddingException.class)
          .hasMessage("model run failed");
      assertThat(store.size()).isZero();
      assertThat(store.inFlight()).isEmpty();
    }
  }

  static int[] bits(float[] v) {
    int[] b = new int[v.length];
    for (int i = 0; i < v.length; i++) {
      b[i] = Float.floatToRawIntBits(v[i]);
    }
    return b;
  }
}
