package dev.assay.models.embed;

/**
 * Opens an {@link Embedder} from a short spec, the form pipelines and the CLI use.
 *
 * <ul>
 *   <li>{@code minilm}: the bundled all-MiniLM-L6-v2, fp32 (384 dimensions);
 *   <li>{@code minilm-q}: the same model quantised to int8 (faster, cosine within about 0.02);
 *   <li>a path to an {@code .onnx} sentence-embedding model (a sentence-transformers export) with
 *       its {@code tokenizer.json} in the same directory (or its parent).
 * </ul>
 *
 * <pre>{@code
 * try (Embedder e = Embedders.open("minilm", EmbedderOptions.defaults())) {
 *   float[][] v = e.embed(texts);
 * }
 * }</pre>
 */
public final class Embedders {
  /** The spec of the bundled fp32 MiniLM. */
  public static final String MINILM = "minilm";
  /** The spec of the bundled int8 MiniLM. */
  public static final String MINILM_Q = "minilm-q";

  private Embedders() {}

  /** Opens {@code spec} with {@link EmbedderOptions#defaults()}. */
  public static Embedder open(String spec) {
    return open(spec, EmbedderOptions.defaults());
  }

  /**
   * Opens {@code spec}: {@code minilm}, {@code minilm-q}, or a path to an {@code .onnx} file.
   *
   * @throws EmbeddingException if the model or its tokenizer cannot be loaded
   */
  public static Embedder open(String spec, EmbedderOptions options) {
    throw new EmbeddingException("embedders are not implemented yet: " + spec, null);
  }
}
