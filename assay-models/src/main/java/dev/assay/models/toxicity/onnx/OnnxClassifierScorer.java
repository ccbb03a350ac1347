package dev.assay.models.toxicity.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.assay.models.embed.EmbedderOptions;
import dev.assay.models.embed.Sessions;
import dev.assay.models.embed.TextTokenizer;
import dev.assay.models.toxicity.ToxicityScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any ONNX sequence-classification model by path (a Detoxify or Hugging Face toxicity model
 * exported to ONNX): {@code model.onnx} with {@code tokenizer.json} and {@code config.json} in the
 * same folder. Labels come from {@code config.json}'s {@code id2label}, normalised to Assay's names
 * ({@code toxic} -> {@code toxicity}, {@code identity_hate} -> {@code identity_attack}, others
 * lower-cased); {@code problem_type: multi_label_classification} means a sigmoid per label, anything
 * else a softmax over labels. Texts longer than the window are truncated (documented in info()).
 *
 * <pre>{@code
 * ToxicityScorer s = ToxicityScorers.open("onnx:/models/toxic-bert/model.onnx");
 * }</pre>
 */
public final class OnnxClassifierScorer implements ToxicityScorer {
  private static final int MAX_TOKENS = 512;
  private static final int BATCH = 16;

  private final Path model;
  private final OrtSession session;
  private final TextTokenizer tokenizer;
  private final ClassifierConfig config;
  private final boolean typeIds;

  public OnnxClassifierScorer(Path model) {
    this.model = model;
    Path dir = model.toAbsolutePath().getParent();
    Path tok = dir.resolve("tokenizer.json");
    if (!Files.isRegularFile(tok)) {
      throw new IllegalArgumentException(model + ": expected tokenizer.json next to the model, found none in " + dir);
    }
    this.config = ClassifierConfig.read(dir.resolve("config.json"));
    this.session = Sessions.fromPath(model, EmbedderOptions.defaults());
    this.tokenizer = TextTokenizer.of(tok, MAX_TOKENS);
    java.util.Set<String> inputs = session.getInputNames();
    if (!inputs.contains("input_ids") || !inputs.contains("attention_mask")) {
      throw new IllegalArgumentException(model + ": expected inputs input_ids and attention_mask, found " + inputs);
    }
    this.typeIds = inputs.contains("token_type_ids");
  }

  @Override
  public String name() {
    return "onnx:" + model;
  }

  @Override
  public List<String> labels() {
    return config.labels();
  }

  @Override
  public List<Map<String, Double>> score(List<String> texts) {
    List<Map<String, Double>> out = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += BATCH) {
      out.addAll(batch(texts.subList(from, Math.min(texts.size(), from + BATCH))));
    }
    return out;
  }

  private List<Map<String, Double>> batch(List<String> texts) {
    int n = texts.size();
    long[][] ids = new long[n][];
    int len = 1;
    for (int i = 0; i < n; i++) {
      String t = texts.get(i);
      long[] all = t == null || t.isBlank() ? new long[0] : tokenizer.ids(t);
      ids[i] = all.length > MAX_TOKENS ? java.util.Arrays.copyOf(all, MAX_TOKENS) : all;
      len = Math.max(len, ids[i].length);
    }
    long[][] inputIds = new long[n][len];
    long[][] mask = new long[n][len];
    for (int i = 0; i < n; i++) {
      System.arraycopy(ids[i], 0, inputIds[i], 0, ids[i].length);
      java.util.Arrays.fill(mask[i], 0, ids[i].length, 1L);
    }
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    Map<String, OnnxTensor> feed = new HashMap<>();
    try {
      feed.put("input_ids", OnnxTensor.createTensor(env, inputIds));
      feed.put("attention_mask", OnnxTensor.createTensor(env, mask));
      if (typeIds) {
        feed.put("token_type_ids", OnnxTensor.createTensor(env, new long[n][len]));
      }
      try (OrtSession.Result r = session.run(feed)) {
        float[][] logits = (float[][]) r.get(0).getValue();
        List<Map<String, Double>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          out.add(ids[i].length == 0 ? config.zeros() : config.probabilities(logits[i]));
        }
        return out;
      }
    } catch (OrtException e) {
      throw new IllegalStateException(model + ": inference failed: " + e.getMessage(), e);
    } finally {
      feed.values().forEach(OnnxTensor::close);
    }
  }

  @Override
  public Map<String, Object> info() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scorer", "onnx");
    m.put("model", model.toString());
    m.put("labels", config.labels());
    m.put("activation", config.multiLabel() ? "sigmoid" : "softmax");
    m.put("max_tokens", MAX_TOKENS);
    m.put("long_texts", "truncated to max_tokens");
    return m;
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
    tokenizer.close();
  }
}
