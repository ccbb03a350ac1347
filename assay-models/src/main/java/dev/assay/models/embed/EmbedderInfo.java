package dev.assay.models.embed;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Provenance of an {@link Embedder} for the run manifest: which model file (by sha256) produced
 * the vectors and how.
 *
 * <pre>{@code
 * EmbedderInfo i = embedder.info();
 * manifest.put("embedder", i.toMap());   // {"model_id": "all-minilm-l6-v2", "sha256": "...", ...}
 * }</pre>
 *
 * @param modelId the model's id, e.g. {@code sentence-transformers/all-MiniLM-L6-v2}
 * @param source where the model was loaded from: a Maven artifact or a file path
 * @param sha256 hex sha256 of the ONNX model file's bytes
 * @param quantized true for an int8-quantised model
 * @param dimension length of the vectors
 * @param maxTokens the most word pieces (special tokens included) one model call reads
 * @param pooling how token vectors become one vector, e.g. {@code mean}
 * @param longText how texts longer than {@code maxTokens} are handled, e.g. {@code
 *     chunk(254 word pieces), mean of chunk vectors}
 */
public record EmbedderInfo(
    String modelId,
    String source,
    String sha256,
    boolean quantized,
    int dimension,
    int maxTokens,
    String pooling,
    String longText) {

  /** The fields as snake_case keys, in declaration order, for JSON manifests. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("model_id", modelId);
    m.put("source", source);
    m.put("sha256", sha256);
    m.put("quantized", quantized);
    m.put("dimension", dimension);
    m.put("max_tokens", maxTokens);
    m.put("pooling", pooling);
    m.put("long_text", longText);
    return m;
  }
}
