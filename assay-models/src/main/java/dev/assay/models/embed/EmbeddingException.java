package dev.assay.models.embed;

/**
 * A model could not be loaded or run: names the model and what failed.
 *
 * <pre>{@code
 * throw new EmbeddingException("model.onnx: no tokenizer.json beside it", null);
 * }</pre>
 */
public final class EmbeddingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EmbeddingException(String message, Throwable cause) {
    super(message, cause);
  }
}
