package dev.assay.models.embed;

import java.util.List;

/**
 * A sentence-embedding model: texts in, L2-normalised vectors out, so the dot product of two
 * vectors is their cosine similarity.
 *
 * <p>Contract every implementation keeps:
 *
 * <ul>
 *   <li>{@link #embed(List)} returns one vector per text, in order, each of length {@link
 *       #dimension()} and unit L2 norm;
 *   <li><b>blank text</b> (empty, or only whitespace per {@link #isBlank(String)}, which includes
 *       U+00A0 and other Unicode spaces) embeds to the <b>zero vector</b>, whose cosine with
 *       anything is 0: it never throws (LangChain4j's model does) and never matches another text
 *       semantically; callers that care find blanks with {@link #isBlank(String)} or {@link
 *       #isZero(float[])};
 *   <li>text longer than the model's window ({@link EmbedderInfo#maxTokens()}) is not truncated:
 *       it is split into chunks that fit and the chunk vectors are mean-pooled, then
 *       re-normalised;
 *   <li>implementations are thread-safe; {@link #embed(List)} batches internally with a bounded
 *       batch size, so callers may pass any number of texts (memory grows with the output).
 * </ul>
 *
 * <pre>{@code
 * try (Embedder e = Embedders.open("minilm")) {          // or "minilm-q", or "/models/e5/model.onnx"
 *   float[][] v = e.embed(List.of("How do I reset my password?", "Steps to reset a password"));
 *   double cosine = Embedder.cosine(v[0], v[1]);
 *   manifest.put("embedder", e.info().toMap());
 * }
 * }</pre>
 */
public interface Embedder extends AutoCloseable {

  /** Short name of the model, e.g. {@code all-minilm-l6-v2} or {@code all-minilm-l6-v2-q}. */
  String name();

  /** Length of every vector this embedder returns (384 for MiniLM). */
  int dimension();

  /**
   * Embeds texts in order: one L2-normalised vector per text; the zero vector for blank text.
   *
   * @throws NullPointerException if the list or one of its texts is null
   * @throws EmbeddingException if the model fails to run
   */
  float[][] embed(List<String> texts);

  /** Embeds one text; see {@link #embed(List)}. */
  default float[] embed(String text) {
    return embed(List.of(text))[0];
  }

  /**
   * A digest of what this model reads of {@code text} (not blank): texts with equal keys embed to
   * the same vector, so a {@link CachingEmbedder} stores one vector per key. The default is the
   * sha256 of the text's UTF-8 bytes; {@link OnnxEmbedder} digests the token ids of the text's
   * chunks, so texts that differ only where the tokenizer does not look (runs of whitespace, or
   * letter case for an uncased model such as MiniLM) share one vector.
   */
  default byte[] cacheKey(String text) {
    return CachingEmbedder.sha256(text);
  }

  /** What the manifest records about this model: id, file sha256, quantisation, window. */
  EmbedderInfo info();

  /** Releases native resources (ONNX sessions, tokenizers); idempotent. */
  @Override
  default void close() {}

  /** True for empty text or text of only whitespace, Unicode spaces (U+00A0 ...) included. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0xFEFF && cp != 0x200B) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** True if every component is 0 (the vector of a blank text). */
  static boolean isZero(float[] v) {
    for (float x : v) {
      if (x != 0f) {
        return false;
      }
    }
    return true;
  }

  /** Cosine of two unit (or zero) vectors: their dot product, in float arithmetic. */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vector lengths differ: " + a.length + " vs " + b.length);
    }
    float s = 0f;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }
}
