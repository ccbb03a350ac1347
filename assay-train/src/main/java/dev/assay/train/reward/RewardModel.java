package dev.assay.train.reward;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A trained reward model: the feature recipe, the standardisation and the network. Saved as {@value
 * #FILE}, a small JSON file of numbers (and the feature configuration), beside its {@code
 * manifest.json}. {@link #load(String)} reads a model folder, or the bundled default for {@code
 * default}.
 *
 * <pre>{@code
 * RewardModel m = RewardModel.load("default");
 * double r = m.reward(featureRow);   // raw features from PairFeaturizer with m.features()
 * }</pre>
 *
 * @param features how rows are made
 * @param standardizer feature scaling learnt on the training rows
 * @param mlp the network
 */
public record RewardModel(FeatureSpec features, Standardizer standardizer, RewardMlp mlp) {
  /** The model file name in a model folder. */
  public static final String FILE = "reward-model.json";
  /** The bundled default model folder on the class path. */
  public static final String DEFAULT_RESOURCE = "/dev/assay/train/reward/default/";
  /** Format tag written into the file. */
  public static final String FORMAT = "assay-reward-mlp/1";

  /** Checks that the parts fit together. */
  public RewardModel {
    if (features.width() != mlp.inputs() || standardizer.mean().length != mlp.inputs()) {
      throw new IllegalArgumentException("feature width " + features.width() + ", standardiser "
          + standardizer.mean().length + " and network inputs " + mlp.inputs() + " differ");
    }
  }

  /** The reward of one raw feature row. */
  public double reward(float[] raw) {
    return mlp.reward(standardizer.apply(raw));
  }

  /** The model as JSON (numbers rounded to float precision). */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("features", features.toMap());
    m.put("hidden", mlp.hidden());
    m.put("mean", round(standardizer.mean()));
    m.put("scale", round(standardizer.scale()));
    m.put("params", round(mlp.params()));
    return Json.MAPPER.writeValueAsString(m);
  }

  /** Writes {@value #FILE} into {@code dir}. */
  public Path save(Path dir) {
    Path f = dir.resolve(FILE);
    try {
      Files.createDirectories(dir);
      Files.writeString(f, toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(f + ": cannot write: " + e.getMessage(), e);
    }
    return f;
  }

  /** Loads {@code default} (the bundled model) or a folder holding {@value #FILE} (or that file). */
  public static RewardModel load(String where) {
    if (where.equals("default")) {
      try (InputStream in = RewardModel.class.getResourceAsStream(DEFAULT_RESOURCE + FILE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE + FILE);
        }
        return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "default:" + FILE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path p = Path.of(where);
    Path f = Files.isDirectory(p) ? p.resolve(FILE) : p;
    if (!Files.isRegularFile(f)) {
      throw new AssayInputException(where + ": no reward model (expected a folder with " + FILE + ", or 'default')");
    }
    try {
      return parse(Files.readString(f), f.toString());
    } catch (IOException e) {
      throw new AssayInputException(f + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Parses the JSON of {@link #toJson()}; errors name {@code where}. */
  public static RewardModel parse(String json, String where) {
    JsonNode n;
    try {
      n = Json.MAPPER.readTree(json);
    } catch (RuntimeException e) {
      throw new AssayInputException(where + ": not a reward model: " + e.getMessage(), e);
    }
    if (!FORMAT.equals(n.path("format").asString(""))) {
      throw new AssayInputException(where + ": field 'format': expected \"" + FORMAT + "\", found " + n.get("format"));
    }
    JsonNode f = n.path("features");
    FeatureSpec spec = new FeatureSpec(f.path("embedder").asString("minilm-q"), f.path("dimension").asInt(),
        f.path("surface_features").asBoolean(), f.path("prompt_interaction").asBoolean(true));
    try {
      Standardizer s = new Standardizer(numbers(n, "mean", where), numbers(n, "scale", where));
      RewardMlp mlp = new RewardMlp(spec.width(), n.path("hidden").asInt(), numbers(n, "params", where));
      return new RewardModel(spec, s, mlp);
    } catch (IllegalArgumentException e) {
      throw new AssayInputException(where + ": " + e.getMessage(), e);
    }
  }

  private static double[] numbers(JsonNode n, String field, String where) {
    JsonNode a = n.get(field);
    if (a == null || !a.isArray()) {
      throw new AssayInputException(where + ": field '" + field + "': expected an array of numbers");
    }
    double[] v = new double[a.size()];
    for (int i = 0; i < v.length; i++) {
      if (!a.get(i).isNumber()) {
        throw new AssayInputException(where + ": field '" + field + "'[" + i + "]: expected a number, found " + a.get(i));
      }
      v[i] = a.get(i).doubleValue();
    }
    return v;
  }

  private static double[] round(double[] v) {
    double[] r = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      r[i] = Double.parseDouble(Float.toString((float) v[i]));
    }
    return r;
  }
}
