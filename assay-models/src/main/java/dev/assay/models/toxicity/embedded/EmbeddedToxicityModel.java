package dev.assay.models.toxicity.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trained weights of the embedded toxicity scorer: which embedding model they expect and one
 * {@link LogisticHead} per label, plus the training summary that produced them. Stored as JSON:
 *
 * <pre>{@code
 * {"format": "assay-embedded-toxicity/1", "embedder": "minilm-q", "dimension": 384,
 *  "heads": {"toxicity": {"bias": -0.3, "weights": [ ...384 numbers... ]}, ...},
 *  "training": { ...sources, sizes, regularisation, metrics... }}
 * }</pre>
 *
 * <pre>{@code
 * EmbeddedToxicityModel m = EmbeddedToxicityModel.bundled();
 * LogisticHead tox = m.heads().get("toxicity");
 * }</pre>
 *
 * @param embedder the {@code Embedders.open} spec the weights were trained on
 * @param dimension the embedding dimension
 * @param heads label to head, in label order
 * @param training what the training run recorded (sources, sizes, chosen settings, metrics)
 */
public record EmbeddedToxicityModel(String embedder, int dimension, Map<String, LogisticHead> heads, Map<String, Object> training) {
  /** The format tag written into every weights file. */
  public static final String FORMAT = "assay-embedded-toxicity/1";
  /** Class-path location of the bundled weights. */
  public static final String RESOURCE = "/dev/assay/models/toxicity/embedded-v2.json";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Copies the maps, keeping their order. */
  public EmbeddedToxicityModel {
    heads = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(heads));
    training = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(training));
    for (var e : heads.entrySet()) {
      if (e.getValue().dimension() != dimension) {
        throw new IllegalArgumentException("head " + e.getKey() + " has " + e.getValue().dimension() + " weights, expected " + dimension);
      }
    }
  }

  /** The labels, in file order. */
  public List<String> labels() {
    return List.copyOf(heads.keySet());
  }

  /** The weights shipped in this jar. */
  public static EmbeddedToxicityModel bundled() {
    try (InputStream in = EmbeddedToxicityModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a weights file from disk; a missing or malformed file names itself in the error. */
  public static EmbeddedToxicityModel read(java.nio.file.Path file) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new dev.assay.core.AssayInputException(file + ": no such weights file");
    }
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new dev.assay.core.AssayInputException(file + ": not a weights file of assay train toxicity: " + e.getMessage(), e);
    }
  }

  /** Reads a weights file. */
  @SuppressWarnings("unchecked")
  public static EmbeddedToxicityModel read(InputStream in) {
    JsonNode root = MAPPER.readTree(in);
    if (!FORMAT.equals(root.path("format").asString())) {
      throw new IllegalArgumentException("not an " + FORMAT + " file: format=" + root.path("format"));
    }
    int dim = root.path("dimension").asInt();
    Map<String, LogisticHead> heads = new LinkedHashMap<>();
    for (var e : root.path("heads").properties()) {
      JsonNode w = e.getValue().path("weights");
      double[] ws = new double[w.size()];
      for (int i = 0; i < ws.length; i++) {
        ws[i] = w.get(i).asDouble();
      }
      heads.put(e.getKey(), new LogisticHead(ws, e.getValue().path("bias").asDouble()));
    }
    Map<String, Object> training = root.has("training") ? MAPPER.convertValue(root.get("training"), Map.class) : Map.of();
    return new EmbeddedToxicityModel(root.path("embedder").asString(), dim, heads, training);
  }

  /** Writes this model as JSON: compact weight arrays (7 significant digits), readable summary. */
  public String toJson() {
    StringBuilder sb = new StringBuilder();
    sb.append("{\n  \"format\": \"").append(FORMAT).append("\",\n");
    sb.append("  \"embedder\": ").append(MAPPER.writeValueAsString(embedder)).append(",\n");
    sb.append("  \"dimension\": ").append(dimension).append(",\n  \"heads\": {\n");
    List<String> parts = new ArrayList<>();
    for (var e : heads.entrySet()) {
      StringBuilder h = new StringBuilder();
      h.append("    ").append(MAPPER.writeValueAsString(e.getKey())).append(": {\"bias\": ")
          .append(num(e.getValue().bias())).append(", \"weights\": [");
      double[] w = e.getValue().weights();
      for (int i = 0; i < w.length; i++) {
        h.append(i == 0 ? "" : ",").append(i % 8 == 0 ? "\n      " : " ").append(num(w[i]));
      }
      h.append("]}");
      parts.add(h.toString());
    }
    sb.append(String.join(",\n", parts)).append("\n  },\n");
    sb.append("  \"training\": ").append(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(training).replace("\n", "\n  "));
    return sb.append("\n}\n").toString();
  }

  private static String num(double v) {
    return Double.toString(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.7g", v)));
  }
}
