package dev.assay.models.embed;

/**
 * How an {@link Embedder} runs: texts per model call and ONNX Runtime threads.
 *
 * <pre>{@code
 * Embedder e = Embedders.open("minilm-q", new EmbedderOptions(64, 0, null, 0));
 * }</pre>
 *
 * @param batchSize texts (or chunks of long texts) per model call, 1..4096; 32 is a good default
 *     on CPU (larger batches pad more)
 * @param threads ONNX Runtime intra-op threads; 0 lets ONNX Runtime choose (one per core)
 * @param pooling for an ONNX model by path: {@code mean}, {@code cls} or {@code max}; null reads
 *     {@code 1_Pooling/config.json} beside the model (sentence-transformers layout), else {@code
 *     mean}. Ignored by the bundled MiniLM models (mean).
 * @param maxTokens word pieces per model call, special tokens included; longer texts are chunked.
 *     0 takes the model's own window (256 for MiniLM; for a model by path {@code max_seq_length}
 *     of {@code sentence_bert_config.json}, else 512)
 */
public record EmbedderOptions(int batchSize, int threads, String pooling, int maxTokens) {

  public EmbedderOptions {
    if (batchSize < 1 || batchSize > 4096) {
      throw new IllegalArgumentException("batch size: expected 1..4096, found " + batchSize);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads: expected >= 0, found " + threads);
    }
    if (pooling != null && !pooling.equals("mean") && !pooling.equals("cls") && !pooling.equals("max")) {
      throw new IllegalArgumentException("pooling: expected mean, cls or max, found '" + pooling + "'");
    }
    if (maxTokens != 0 && (maxTokens < 8 || maxTokens > 8192)) {
      throw new IllegalArgumentException("max tokens: expected 0 (the model's) or 8..8192, found " + maxTokens);
    }
  }

  /** Options with the model's own window. */
  public EmbedderOptions(int batchSize, int threads, String pooling) {
    this(batchSize, threads, pooling, 0);
  }

  /** Batch size 32, ONNX Runtime's thread default, pooling from the model's config. */
  public static EmbedderOptions defaults() {
    return new EmbedderOptions(32, 0, null, 0);
  }

  /** The same options with another batch size. */
  public EmbedderOptions withBatchSize(int n) {
    return new EmbedderOptions(n, threads, pooling, maxTokens);
  }
}
