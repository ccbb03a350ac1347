package dev.assay.train.reward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which features describe a (prompt, response) pair. With sentence embeddings {@code p} (prompt)
 * and {@code r} (response), both unit vectors of dimension {@code d}, the vector is {@code [r, p*r
 * (element-wise), cos(p, r), surface...]}: the response's content, how it lines up with the prompt
 * (the element-wise product lets the MLP learn prompt-dependent preferences; a bare {@code p} would
 * cancel in {@code r_chosen - r_rejected}), and optionally the {@link SurfaceFeatures}.
 *
 * <pre>{@code
 * FeatureSpec spec = new FeatureSpec("minilm-q", 384, true, true);
 * int width = spec.width();   // 2*384 + 1 + 5
 * }</pre>
 *
 * @param embedder the embedder spec ({@code minilm-q}, {@code minilm} or an .onnx path)
 * @param dimension the embedder's vector length
 * @param surface whether the surface features (length etc.) are included
 * @param interaction whether the element-wise product {@code p*r} is included
 */
public record FeatureSpec(String embedder, int dimension, boolean surface, boolean interaction) {
  /** Checks the dimension. */
  public FeatureSpec {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension: expected >= 1, found " + dimension);
    }
  }

  /** The length of a feature vector. */
  public int width() {
    return (interaction ? 2 : 1) * dimension + 1 + (surface ? SurfaceFeatures.NAMES.size() : 0);
  }

  /** The features of one response given the two embeddings. */
  public float[] features(float[] prompt, float[] response, String responseText) {
    float[] x = new float[width()];
    int at = interaction ? 2 * dimension : dimension;
    double cos = 0;
    for (int j = 0; j < dimension; j++) {
      x[j] = response[j];
      if (interaction) {
        x[dimension + j] = prompt[j] * response[j];
      }
      cos += prompt[j] * response[j];
    }
    x[at] = (float) cos;
    if (surface) {
      double[] s = SurfaceFeatures.of(responseText);
      for (int k = 0; k < s.length; k++) {
        x[at + 1 + k] = (float) s[k];
      }
    }
    return x;
  }

  /** Group names for the manifest and the model file. */
  public List<String> groups() {
    List<String> g = new ArrayList<>(List.of("response_embedding[" + dimension + "]"));
    if (interaction) {
      g.add("prompt_x_response[" + dimension + "]");
    }
    g.add("cosine");
    if (surface) {
      g.addAll(SurfaceFeatures.NAMES);
    }
    return g;
  }

  /** The configuration as a map. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("embedder", embedder);
    m.put("dimension", dimension);
    m.put("surface_features", surface);
    m.put("prompt_interaction", interaction);
    m.put("features", groups());
    return m;
  }
}
