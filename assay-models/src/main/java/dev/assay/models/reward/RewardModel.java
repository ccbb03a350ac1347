package dev.assay.models.reward;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A trained reward model: the feature recipe, the standardisation, one or more heads (each an
 * averaged ensemble of small networks) and, with several heads, the {@link PromptGate} that mixes
 * them per prompt: {@code r(p, y) = sum_k w_k(p) r_k(x(p, y))}. Saved as {@value #FILE}, a JSON file
 * of numbers (and the feature configuration), beside its {@code manifest.json}. {@link
 * #load(String)} reads a model folder, or the bundled default for {@code default}.
 *
 * <pre>{@code
 * RewardModel m = RewardModel.load("default");
 * double r = m.reward(featureRow);   // raw features from PairFeaturizer with m.features()
 * }</pre>
 *
 * @param features how rows are made
 * @param standardizer feature scaling learnt on the training rows (the networks' part of a row)
 * @param heads the heads, at least one
 * @param gate how heads are weighed per prompt; null when there is one head
 */
public record RewardModel(FeatureSpec features, Standardizer standardizer, List<RewardHead> heads, PromptGate gate) {
  /** The model file name in a model folder. */
  public static final String FILE = "reward-model.json";
  /** The bundled default model folder on the class path. */
  public static final String DEFAULT_RESOURCE = "/dev/assay/models/reward/default/";
  /** Format tag written into the file. */
  public static final String FORMAT = "assay-reward-mlp/2";

  /** Checks that the parts fit together. */
  public RewardModel {
    heads = List.copyOf(heads);
    int w = features.headWidth();
    if (heads.isEmpty()) {
      throw new IllegalArgumentException("a reward model needs at least one head");
    }
    for (RewardHead h : heads) {
      if (h.inputs() != w || standardizer.mean().length != w) {
        throw new IllegalArgumentException("feature width " + w + ", standardiser "
            + standardizer.mean().length + " and network inputs " + h.inputs() + " differ");
      }
    }
    if ((heads.size() > 1) != (gate != null)) {
      throw new IllegalArgumentException("a gate is needed exactly when there are several heads");
    }
    if (gate != null && (!features.promptContext() || gate.dimension() != features.dimension()
        || !gate.heads().equals(heads.stream().map(RewardHead::name).toList()))) {
      throw new IllegalArgumentException("the gate needs the prompt context in the rows and the heads' names in order");
    }
  }

  /** A model with one network. */
  public RewardModel(FeatureSpec features, Standardizer standardizer, RewardMlp mlp) {
    this(features, standardizer, List.of(new RewardHead("all", List.of(mlp))), null);
  }

  /** The first network of the first head (the only one of a single-network model). */
  public RewardMlp mlp() {
    return heads.get(0).members().get(0);
  }

  /** The reward of one raw feature row. */
  public double reward(float[] raw) {
    float[] x = standardizer.apply(features.headPart(raw));
    if (gate == null) {
      return heads.get(0).reward(x);
    }
    double[] w = gate.weights(features.promptOf(raw));
    double r = 0;
    for (int k = 0; k < heads.size(); k++) {
      if (w[k] > 1e-9) {
        r += w[k] * heads.get(k).reward(x);
      }
    }
    return r;
  }

  /** The model as JSON (numbers rounded to float precision). */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", FORMAT);
    m.put("features", features.toMap());
    m.put("mean", round(standardizer.mean()));
    m.put("scale", round(standardizer.scale()));
    List<Map<String, Object>> hs = new ArrayList<>();
    for (RewardHead h : heads) {
      Map<String, Object> hm = new LinkedHashMap<>();
      hm.put("name", h.name());
      hm.put("hidden", h.members().get(0).hidden());
      hm.put("members", h.members().stream().map(n -> round(n.params())).toList());
      hs.add(hm);
    }
    m.put("heads", hs);
    if (gate != null) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("heads", gate.heads());
      g.put("coefficients", java.util.Arrays.stream(gate.coefficients()).map(RewardModel::round).toList());
      g.put("intercepts", round(gate.intercepts()));
      m.put("gate", g);
    }
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
    if ("assay-reward-mlp/1".equals(n.path("format").asString(""))) {
      throw new AssayInputException(where + ": a reward model of an earlier format (assay-reward-mlp/1, five"
          + " surface features and one network); train it again with this version of Assay");
    }
    if (!FORMAT.equals(n.path("format").asString(""))) {
      throw new AssayInputException(where + ": field 'format': expected \"" + FORMAT + "\", found " + n.get("format"));
    }
    JsonNode f = n.path("features");
    FeatureSpec spec = new FeatureSpec(f.path("embedder").asString("minilm-q"), f.path("dimension").asInt(),
        f.path("surface_features").asBoolean(), f.path("prompt_interaction").asBoolean(true),
        f.path("prompt_context").asBoolean(false));
    try {
      Standardizer s = new Standardizer(numbers(n, "mean", where), numbers(n, "scale", where));
      List<RewardHead> heads = new ArrayList<>();
      JsonNode hs = n.path("heads");
      if (!hs.isArray() || hs.isEmpty()) {
        throw new AssayInputException(where + ": field 'heads': expected a non-empty array");
      }
      for (int k = 0; k < hs.size(); k++) {
        JsonNode h = hs.get(k);
        List<RewardMlp> members = new ArrayList<>();
        JsonNode ms = h.path("members");
        for (int j = 0; j < ms.size(); j++) {
          members.add(new RewardMlp(spec.headWidth(), h.path("hidden").asInt(),
              numbers(ms, j, where + ": heads[" + k + "].members[" + j + "]")));
        }
        heads.add(new RewardHead(h.path("name").asString("head" + k), members));
      }
      PromptGate gate = null;
      JsonNode g = n.get("gate");
      if (g != null && !g.isNull()) {
        JsonNode cs = g.path("coefficients");
        double[][] c = new double[cs.size()][];
        for (int k = 0; k < c.length; k++) {
          c[k] = numbers(cs, k, where + ": gate.coefficients[" + k + "]");
        }
        List<String> names = new ArrayList<>();
        g.path("heads").forEach(x -> names.add(x.asString()));
        gate = new PromptGate(names, c, numbers(g, "intercepts", where));
      }
      return new RewardModel(spec, s, heads, gate);
    } catch (IllegalArgumentException e) {
      throw new AssayInputException(where + ": " + e.getMessage(), e);
    }
  }

  private static double[] numbers(JsonNode array, int index, String where) {
    JsonNode a = array.get(index);
    if (a == null || !a.isArray()) {
      throw new AssayInputException(where + ": expected an array of numbers");
    }
    double[] v = new double[a.size()];
    for (int i = 0; i < v.length; i++) {
      if (!a.get(i).isNumber()) {
        throw new AssayInputException(where + "[" + i + "]: expected a number, found " + a.get(i));
      }
      v[i] = a.get(i).doubleValue();
    }
    return v;
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
