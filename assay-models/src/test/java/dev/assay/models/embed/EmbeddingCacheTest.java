package dev.assay.models.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real MiniLM behind the cache, the process-wide location, and the cache turned off. */
class EmbeddingCacheTest {
  static final List<String> TEXTS = List.of(
      "How do I reset my password?",
      "The capital of France is Paris.",
      "Ünïcödé façade — naïve café, 東京 and emoji 🙂 in one line.",
      "word ".repeat(400), // longer than the window: chunked and pooled
      "");

  @TempDir Path dir;

  @AfterEach
  void reset() {
    EmbeddingCache.configure(null);
  }

  @Test
  void cachedVectorsAreBitIdenticalToUncachedOnes() {
    for (boolean quantized : new boolean[] {false, true}) {
      try (OnnxEmbedder raw = MiniLm.open(quantized, EmbedderOptions.defaults());
          EmbeddingStore store = EmbeddingStore.open(dir.resolve("bits-" + quantized + ".db"))) {
        float[][] plain = raw.embed(TEXTS);
        CachingEmbedder cached = new CachingEmbedder(raw, store, false);
        float[][] cold = cached.embed(TEXTS);
        float[][] warm = cached.embed(TEXTS);
        assertThat(cached.stats()).isEqualTo(new CachingEmbedder.Stats(4, 4, 0));
        for (int i = 0; i < TEXTS.size(); i++) {
          assertThat(CachingEmbedderTest.bits(cold[i])).as("cold %d", i).isEqualTo(CachingEmbedderTest.bits(plain[i]));
          assertThat(CachingEmbedderTest.bits(warm[i])).as("warm %d", i).isEqualTo(CachingEmbedderTest.bits(plain[i]));
        }
      }
    }
  }

  /** MiniLM is uncased and splits on whitespace: texts it reads alike share one stored vector. */
  @Test
  void textsTheTokenizerReadsAlikeShareOneVector() {
    try (OnnxEmbedder raw = MiniLm.open(true, EmbedderOptions.defaults());
        EmbeddingStore store = EmbeddingStore.open(dir.resolve("tokens.db"))) {
      CachingEmbedder cached = new CachingEmbedder(raw, store, false);
      float[] a = cached.embed("Human: is it raining?\n\nAssistant:  Yes.");
      float[] b = cached.embed("human: is it raining? assistant: yes.");
      float[] c = cached.embed("human: is it snowing? assistant: yes.");
      assertThat(cached.stats()).isEqualTo(new CachingEmbedder.Stats(1, 2, 0));
      assertThat(CachingEmbedderTest.bits(b)).isEqualTo(CachingEmbedderTest.bits(a));
      assertThat(CachingEmbedderTest.bits(a)).isEqualTo(CachingEmbedderTest.bits(raw.embed("human: is it raining? assistant: yes.")));
      assertThat(CachingEmbedderTest.bits(c)).isNotEqualTo(CachingEmbedderTest.bits(a));
    }
  }

  @Test
  void embeddersOpenCachesInTheConfiguredFileAndSharesOneSession() {
    Path file = dir.resolve("shared.db");
    EmbeddingCache.configure(file.toString());
    assertThat(EmbeddingCache.location()).contains(file);
    CachingEmbedder.Stats before = EmbeddingCache.totals();
    try (Embedder a = Embedders.open("minilm-q", EmbedderOptions.defaults().withBatchSize(4));
        Embedder b = Embedders.open("minilm-q", EmbedderOptions.defaults().withBatchSize(32))) {
      assertThat(a).isInstanceOf(CachingEmbedder.class);
      float[][] va = a.embed(TEXTS.subList(0, 3));
      float[][] vb = b.embed(TEXTS.subList(0, 3));
      CachingEmbedder.Stats after = EmbeddingCache.totals();
      assertThat(after.computed() - before.computed()).isEqualTo(3);
      assertThat(after.hits() - before.hits()).isEqualTo(3);
      for (int i = 0; i < 3; i++) {
        assertThat(CachingEmbedderTest.bits(vb[i])).isEqualTo(CachingEmbedderTest.bits(va[i]));
      }
      assertThat(((CachingEmbedder) a).store().file()).isEqualTo(file.toAbsolutePath());
    }
    // both closed: the shared session is closed and a new open loads the model again, still cached
    try (Embedder c = Embedders.open("minilm-q")) {
      c.embed(TEXTS.subList(0, 3));
      assertThat(EmbeddingCache.totals().computed() - before.computed()).isEqualTo(3);
    }
  }

  @Test
  void offMeansNoCache() {
    EmbeddingCache.configure("off");
    assertThat(EmbeddingCache.location()).isEmpty();
    assertThat(EmbeddingCache.store()).isEmpty();
    try (Embedder e = Embedders.open("minilm-q")) {
      assertThat(e).isNotInstanceOf(CachingEmbedder.class);
      assertThat(e.embed("still embeds")).hasSize(384);
    }
  }

  @Test
  void aCacheThatCannotBeCreatedLeavesEmbeddingUncached() throws Exception {
    Path blocker = dir.resolve("a-file");
    java.nio.file.Files.writeString(blocker, "x");
    EmbeddingCache.configure(blocker.resolve("sub").resolve("e.db").toString()); // its folder cannot be made
    assertThat(EmbeddingCache.store()).isEmpty();
    try (Embedder e = Embedders.open("minilm-q")) {
      assertThat(e).isNotInstanceOf(CachingEmbedder.class);
    }
  }

  @Test
  void locationRules() {
    Map<String, String> none = Map.of();
    assertThat(EmbeddingCache.resolve(null, null, none, "/home/u")).contains(Path.of("/home/u/.cache/assay/embeddings.db"));
    assertThat(EmbeddingCache.resolve(null, null, Map.of("XDG_CACHE_HOME", "/x"), "/home/u")).contains(Path.of("/x/assay/embeddings.db"));
    assertThat(EmbeddingCache.resolve(null, null, Map.of("ASSAY_CACHE_DIR", "/c", "XDG_CACHE_HOME", "/x"), "/h"))
        .contains(Path.of("/c/embeddings.db"));
    assertThat(EmbeddingCache.resolve(null, null, Map.of("ASSAY_EMBEDDING_CACHE", "OFF", "ASSAY_CACHE_DIR", "/c"), "/h")).isEmpty();
    assertThat(EmbeddingCache.resolve(null, "/p.db", Map.of("ASSAY_EMBEDDING_CACHE", "off"), "/h")).contains(Path.of("/p.db"));
    assertThat(EmbeddingCache.resolve("off", "/p.db", none, "/h")).isEqualTo(Optional.empty());
    assertThat(EmbeddingCache.resolve("/cli.db", "off", none, "/h")).contains(Path.of("/cli.db"));
  }
}
