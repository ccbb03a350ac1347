package dev.assay.models.toxicity.embedded;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.Embedders;
import dev.assay.models.toxicity.ToxicityScorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The default, offline toxicity scorer: logistic-regression heads ({@code toxicity}, {@code
 * identity_attack}) over frozen MiniLM sentence embeddings, trained by Assay on OLID, Davidson et
 * al. and ToxiGen (see {@code docs/toxicity.md}). Texts are normalised with {@link TweetText},
 * embedded in one batch, and each head gives {@code sigmoid(w·x + b)}. Blank texts score 0.
 *
 * <pre>{@code
 * try (ToxicityScorer s = EmbeddedToxicityScorer.open()) {
 *   double p = s.score(List.of("you are a complete idiot")).get(0).get("toxicity");
 * }
 * }</pre>
 */
public final class EmbeddedToxicityScorer implements ToxicityScorer {
  /**
   * Texts per ONNX Runtime call of the embedder {@link #open()} creates. Small batches are faster
   * per text for int8 MiniLM on this 2-core CPU: on 1,200 AlpacaEval instructions the bare pass ran
   * at 92 / 147 / 268 / 296 / 200 texts/s with batches of 64 / 32 / 8 / 4 / 1 ({@code
   * dev.assay.bench.toxicity.ToxicityThroughput}, docs/benchmarks.md); the embedder default is 32.
   */
  public static final int MODEL_BATCH = 4;

  private static final dev.assay.models.embed.EmbedderOptions OPTIONS =
      dev.assay.models.embed.EmbedderOptions.defaults().withBatchSize(MODEL_BATCH);

  private final EmbeddedToxicityModel model;
  private final Embedder embedder;
  private final boolean ownsEmbedder;
  private final String weightsSource;

  /**
   * A scorer over {@code model} using {@code embedder}, which must be the model the weights were
   * trained on; {@code ownsEmbedder} says whether {@link #close()} closes it.
   */
  public EmbeddedToxicityScorer(EmbeddedToxicityModel model, Embedder embedder, boolean ownsEmbedder) {
    this(model, embedder, ownsEmbedder, EmbeddedToxicityModel.RESOURCE);
  }

  private EmbeddedToxicityScorer(EmbeddedToxicityModel model, Embedder embedder, boolean ownsEmbedder, String weightsSource) {
    this.weightsSource = weightsSource;
    this.model = Objects.requireNonNull(model, "model");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
    this.ownsEmbedder = ownsEmbedder;
    if (embedder.dimension() != model.dimension()) {
      throw new IllegalArgumentException("embedder gives " + embedder.dimension() + " dimensions, weights expect " + model.dimension());
    }
  }

  /** The bundled weights with a new embedder of the model they were trained on. */
  public static EmbeddedToxicityScorer open() {
    EmbeddedToxicityModel m = EmbeddedToxicityModel.bundled();
    return new EmbeddedToxicityScorer(m, Embedders.open(m.embedder(), OPTIONS), true, EmbeddedToxicityModel.RESOURCE);
  }

  /**
   * Weights from a file written by {@code assay train toxicity} ({@code <out>/weights.json}), with a
   * new embedder of the model named in the file.
   *
   * @throws dev.assay.core.AssayInputException if the file is missing or not a weights file
   */
  public static EmbeddedToxicityScorer open(java.nio.file.Path weights) {
    EmbeddedToxicityModel m = EmbeddedToxicityModel.read(weights);
    return new EmbeddedToxicityScorer(m, Embedders.open(m.embedder(), OPTIONS), true, weights.toString());
  }

  @Override
  public String name() {
    return "embedded";
  }

  @Override
  public List<String> labels() {
    return model.labels();
  }

  @Override
  public List<Map<String, Double>> score(List<String> texts) {
    List<String> normalised = new ArrayList<>(texts.size());
    for (String t : texts) {
      normalised.add(Embedder.isBlank(t) ? "" : TweetText.normalise(t));
    }
    float[][] vectors = embedder.embed(normalised);
    List<Map<String, Double>> out = new ArrayList<>(texts.size());
    for (int i = 0; i < vectors.length; i++) {
      boolean blank = normalised.get(i).isEmpty() || Embedder.isZero(vectors[i]);
      Map<String, Double> m = new LinkedHashMap<>();
      for (var h : model.heads().entrySet()) {
        m.put(h.getKey(), blank ? 0.0 : h.getValue().probability(vectors[i]));
      }
      out.add(java.util.Collections.unmodifiableMap(m));
    }
    return List.copyOf(out);
  }

  @Override
  public Map<String, Object> info() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scorer", name());
    m.put("weights", weightsSource);
    m.put("embedder", embedder.info().toMap());
    m.put("labels", labels());
    Object sources = model.training().get("sources");
    if (sources != null) {
      m.put("training_sources", sources);
    }
    return m;
  }

  @Override
  public void close() {
    if (ownsEmbedder) {
      embedder.close();
    }
  }
}
