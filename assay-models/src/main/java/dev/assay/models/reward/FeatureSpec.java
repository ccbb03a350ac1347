package dev.assay.models.reward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which features describe a (prompt, response) pair. With sentence embeddings {@code p} (prompt)
 * and {@code r} (response), both unit vectors of dimension {@code d}, the vector is {@code [r, p*r
 * (element-wise), cos(p, r), surface...]}: the response's content, how it lines up with the prompt
 * (the element-wise product lets the MLP learn prompt-dependent preferences; a bare {@code p} would
 * cancel in {@code r_chosen - r_rejected}), and optionally the {@link SurfaceFeatures}. With
 * {@code promptContext} the row also carries the prompt embedding {@code p} after those features:
 * it is not an input of the networks, but of the model's {@link PromptGate}, which weighs the
 * model's heads by what kind of prompt it is (a harmful request, an everyday task).
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
 * @param promptContext whether the prompt embedding is appended for the gate
 */
public record FeatureSpec(String embedder, int dimension, boolean surface, boolean interaction, boolean promptContext) {
  /** Checks the dimension. */
  public FeatureSpec {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension: expected >= 1, found " + dimension);
    }
  }

  /** A spec without the prompt context (a model with one head). */
  public FeatureSpec(String embedder, int dimension, boolean surface, boolean interaction) {
    this(embedder, dimension, surface, interaction, false);
  }

  /** The number of features the networks read (the row minus the prompt context). */
  public int headWidth() {
    return (interaction ? 2 : 1) * dimension + 1 + (surface ? SurfaceFeatures.NAMES.size() : 0);
  }

  /** The length of a feature row. */
  public int width() {
    return headWidth() + (promptContext ? dimension : 0);
  }

  /** A copy with the prompt context on or off. */
  public FeatureSpec withPromptContext(boolean on) {
    return new FeatureSpec(embedder, dimension, surface, interaction, on);
  }

  /** The prompt embedding carried at the end of a row (requires {@link #promptContext()}). */
  public float[] promptOf(float[] row) {
    if (!promptContext) {
      throw new IllegalStateException("this feature spec carries no prompt context");
    }
    return java.util.Arrays.copyOfRange(row, headWidth(), width());
  }

  /** The part of a row the networks read. */
  public float[] headPart(float[] row) {
    return row.length == headWidth() ? row : java.util.Arrays.copyOf(row, headWidth());
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
    if (promptContext) {
      System.arraycopy(prompt, 0, x, headWidth(), dimension);
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
    if (promptContext) {
      g.add("prompt_embedding[" + dimension + "] (gate input)");
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
    m.put("prompt_context", promptContext);
    m.put("features", groups());
    return m;
  }
}
