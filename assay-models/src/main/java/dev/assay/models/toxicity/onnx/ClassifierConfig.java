package dev.assay.models.toxicity.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of a Hugging Face {@code config.json} a classifier needs: label names by output index
 * (normalised to Assay's names) and whether labels are independent (sigmoid) or exclusive
 * (softmax).
 *
 * <pre>{@code
 * ClassifierConfig c = ClassifierConfig.read(Path.of("model/config.json"));
 * Map<String, Double> p = c.probabilities(new float[] {2.1f, -0.3f});
 * }</pre>
 */
record ClassifierConfig(List<String> labels, boolean multiLabel) {
  private static final Map<String, String> ALIASES =
      Map.of("toxic", "toxicity", "identity_hate", "identity_attack", "severe_toxic", "severe_toxicity");

  static ClassifierConfig read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": expected the model's config.json (with id2label), found none");
    }
    JsonNode root;
    try {
      root = JsonMapper.builder().build().readTree(Files.readString(file));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(file + ": not a readable config.json: " + e.getMessage(), e);
    }
    JsonNode id2label = root.get("id2label");
    if (id2label == null || !id2label.isObject() || id2label.isEmpty()) {
      throw new IllegalArgumentException(file + ": field 'id2label': expected a map of output index to label, found none");
    }
    TreeMap<Integer, String> byIndex = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : id2label.properties()) {
      try {
        byIndex.put(Integer.parseInt(e.getKey()), normalise(e.getValue().asString()));
      } catch (NumberFormatException ex) {
        throw new IllegalArgumentException(file + ": field 'id2label': expected integer keys, found '" + e.getKey() + "'");
      }
    }
    boolean multi = "multi_label_classification".equals(root.path("problem_type").asString(""));
    return new ClassifierConfig(List.copyOf(new ArrayList<>(byIndex.values())), multi);
  }

  static String normalise(String label) {
    String l = label.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    return ALIASES.getOrDefault(l, l);
  }

  /** Label -> probability from one row of logits. */
  Map<String, Double> probabilities(float[] logits) {
    if (logits.length != labels.size()) {
      throw new IllegalStateException("the model returned " + logits.length + " logits for " + labels.size() + " labels");
    }
    Map<String, Double> out = new LinkedHashMap<>();
    if (multiLabel) {
      for (int j = 0; j < logits.length; j++) {
        out.put(labels.get(j), 1.0 / (1.0 + Math.exp(-logits[j])));
      }
      return out;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (float v : logits) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (float v : logits) {
      sum += Math.exp(v - max);
    }
    for (int j = 0; j < logits.length; j++) {
      out.put(labels.get(j), Math.exp(logits[j] - max) / sum);
    }
    return out;
  }

  /** Zero for every label (blank text). */
  Map<String, Double> zeros() {
    Map<String, Double> out = new LinkedHashMap<>();
    labels.forEach(l -> out.put(l, 0.0));
    return out;
  }
}
