package dev.assay.bench.toxicity;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.Embedders;
import dev.assay.models.toxicity.embedded.EmbeddedToxicityModel;
import dev.assay.models.toxicity.embedded.LogisticHead;
import dev.assay.models.toxicity.embedded.ToxicityDataLoader;
import dev.assay.models.toxicity.embedded.ToxicityExample;
import dev.assay.stats.calibration.CalibrationError;
import dev.assay.stats.classification.AveragePrecision;
import dev.assay.stats.classification.RocCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Trains the embedded toxicity scorer's heads and writes the weights plus a metrics report.
 *
 * <pre>{@code
 * java -cp ... dev.assay.bench.toxicity.TrainToxicity ../shared/data/toxicity \
 *     assay-models/src/main/resources/dev/assay/models/toxicity/embedded-v1.json target/toxicity-train
 * }</pre>
 *
 * <p>Steps: load and deduplicate the three sources; embed each distinct text once with {@code
 * minilm-q} (cached under the output folder); a stratified 80/20 split per source; choose the L2
 * strength by 3-fold cross-validation on the training part (macro ROC-AUC over sources); compare
 * source weightings (pooled, source-balanced, OLID only) on the held-out part and leave-one-source-out;
 * refit the chosen weighting on all data and write it.
 */
public final class TrainToxicity {
  static final String EMBEDDER = "minilm-q";
  static final List<String> LABELS = List.of("toxicity", "identity_attack");
  static final List<String> SOURCES = List.of(ToxicityDataLoader.OLID, ToxicityDataLoader.DAVIDSON, ToxicityDataLoader.TOXIGEN);
  static final double[] LAMBDAS = {1e-4, 1e-3, 1e-2};

  private final List<ToxicityExample> data;
  private final float[][] x;
  private final Map<String, Object> report = new LinkedHashMap<>();

  private TrainToxicity(List<ToxicityExample> data, float[][] x) {
    this.data = data;
    this.x = x;
  }

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args.length > 0 ? args[0] : "../shared/data/toxicity");
    Path weightsOut = Path.of(args.length > 1 ? args[1] : "assay-models/src/main/resources/dev/assay/models/toxicity/embedded-v1.json");
    Path outDir = Path.of(args.length > 2 ? args[2] : "target/toxicity-train");
    List<ToxicityExample> data = ToxicityDataLoader.loadAll(dataDir);
    float[][] x;
    long t0 = System.nanoTime();
    try (Embedder e = Embedders.open(EMBEDDER)) {
      x = new EmbeddingCache(outDir.resolve("embeddings.bin"), EMBEDDER).embed(e, data.stream().map(ToxicityExample::text).toList());
    }
    System.err.printf("embeddings ready in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    new TrainToxicity(data, x).run(weightsOut, outDir);
  }

  private void run(Path weightsOut, Path outDir) throws Exception {
    int n = data.size();
    Map<String, Object> sizes = new LinkedHashMap<>();
    for (String s : SOURCES) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("examples", count(i -> src(i).equals(s)));
      for (String l : LABELS) {
        m.put(l + "_positive", count(i -> src(i).equals(s) && data.get(i).label(l) == 1));
      }
      sizes.put(s, m);
    }
    report.put("sizes", sizes);
    boolean[] test = split(0.2, 42);
    IntPredicate train = i -> !test[i];

    // 1. regularisation by 3-fold CV on the training part (toxicity, source-balanced)
    int[] fold = folds(train, 3, 7);
    Map<String, Object> cv = new LinkedHashMap<>();
    double bestLambda = LAMBDAS[0];
    double bestAuc = -1;
    for (double lambda : LAMBDAS) {
      double sum = 0;
      for (int f = 0; f < 3; f++) {
        final int ff = f;
        LogisticHead h = fit(i -> train.test(i) && fold[i] != ff, "toxicity", "balanced", lambda);
        sum += macroAuc(h, i -> train.test(i) && fold[i] == ff, "toxicity");
      }
      cv.put(Double.toString(lambda), sum / 3);
      log("cv lambda=%g macro AUC=%.4f", lambda, sum / 3);
      if (sum / 3 > bestAuc) {
        bestAuc = sum / 3;
        bestLambda = lambda;
      }
    }
    report.put("cv_macro_auc_by_lambda", cv);
    report.put("lambda", bestLambda);
    final double lambda = bestLambda;

    // 2. weightings on the held-out split and leave-one-source-out (toxicity)
    Map<String, Object> heldOut = new LinkedHashMap<>();
    Map<String, Object> loso = new LinkedHashMap<>();
    Map<String, Double> losoMean = new LinkedHashMap<>();
    for (String scheme : List.of("pooled", "balanced", "olid_only")) {
      IntPredicate tr = scheme.equals("olid_only") ? i -> train.test(i) && src(i).equals("olid") : train;
      LogisticHead h = fit(tr, "toxicity", scheme, lambda);
      heldOut.put(scheme, metricsBySource(h, i -> test[i], "toxicity"));
      log("held-out %s: %s", scheme, heldOut.get(scheme));
      if (scheme.equals("olid_only")) {
        continue;
      }
      Map<String, Object> per = new LinkedHashMap<>();
      double sum = 0;
      for (String out : SOURCES) {
        LogisticHead lh = fit(i -> !src(i).equals(out), "toxicity", scheme, lambda);
        double auc = auc(lh, i -> src(i).equals(out), "toxicity");
        per.put(out, auc);
        sum += auc;
      }
      losoMean.put(scheme, sum / SOURCES.size());
      per.put("mean", sum / SOURCES.size());
      loso.put(scheme, per);
      log("leave-one-source-out %s: %s", scheme, per);
    }
    report.put("held_out_toxicity_by_weighting", heldOut);
    report.put("leave_one_source_out_toxicity_auc", loso);
    String chosen = losoMean.get("balanced") >= losoMean.get("pooled") ? "balanced" : "pooled";
    report.put("weighting", chosen);

    // 3. held-out metrics of the chosen weighting, both labels
    Map<String, Object> final_ = new LinkedHashMap<>();
    for (String l : LABELS) {
      LogisticHead h = fit(train, l, chosen, lambda);
      Map<String, Object> m = metricsBySource(h, i -> test[i], l);
      m.put("all", metrics(h, i -> test[i], l));
      final_.put(l, m);
      log("held-out %s %s: %s", chosen, l, m);
    }
    report.put("held_out", final_);

    // 4. refit on everything and write
    Map<String, LogisticHead> heads = new LinkedHashMap<>();
    for (String l : LABELS) {
      heads.put(l, fit(i -> true, l, chosen, lambda));
    }
    Map<String, Object> training = new LinkedHashMap<>();
    training.put("sources", List.of("OLID/OffensEval 2019 training (olid-training-v1.0.tsv)",
        "Davidson et al. 2017 labeled_data.csv", "ToxiGen prompts (hate_/neutral_ per group, statements deduplicated)"));
    training.put("model", "L2 logistic regression per label on frozen " + EMBEDDER + " embeddings");
    training.putAll(report);
    EmbeddedToxicityModel model = new EmbeddedToxicityModel(EMBEDDER, x[0].length, heads, training);
    Files.createDirectories(weightsOut.toAbsolutePath().getParent());
    Files.writeString(weightsOut, model.toJson());
    Files.createDirectories(outDir);
    Files.writeString(outDir.resolve("metrics.json"), model.toJson());
    log("wrote %s (examples %d)", weightsOut, n);
  }

  private LogisticHead fit(IntPredicate in, String label, String scheme, double lambda) {
    List<Integer> idx = indices(in);
    Map<String, Integer> perSource = new LinkedHashMap<>();
    for (int i : idx) {
      perSource.merge(src(i), 1, Integer::sum);
    }
    float[][] xs = new float[idx.size()][];
    int[] y = new int[idx.size()];
    double[] w = new double[idx.size()];
    for (int k = 0; k < xs.length; k++) {
      int i = idx.get(k);
      xs[k] = x[i];
      y[k] = data.get(i).label(label);
      w[k] = scheme.equals("balanced") ? (double) idx.size() / (perSource.size() * perSource.get(src(i))) : 1.0;
    }
    long t0 = System.nanoTime();
    LogisticHead h = L2LogisticRegression.fit(xs, y, w, lambda);
    log("  fit %s %s n=%d lambda=%g in %.1f s", label, scheme, xs.length, lambda, (System.nanoTime() - t0) / 1e9);
    return h;
  }

  private Map<String, Object> metricsBySource(LogisticHead h, IntPredicate in, String label) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (String s : SOURCES) {
      if (count(i -> in.test(i) && src(i).equals(s) && data.get(i).label(label) == 1) > 0) {
        m.put(s, metrics(h, i -> in.test(i) && src(i).equals(s), label));
      }
    }
    return m;
  }

  private Map<String, Object> metrics(LogisticHead h, IntPredicate in, String label) {
    List<Integer> idx = indices(in);
    int[] y = new int[idx.size()];
    double[] p = new double[idx.size()];
    for (int k = 0; k < y.length; k++) {
      y[k] = data.get(idx.get(k)).label(label);
      p[k] = h.probability(x[idx.get(k)]);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", y.length);
    m.put("roc_auc", round(RocCurve.auc(y, p)));
    m.put("pr_auc", round(AveragePrecision.score(y, p)));
    m.put("ece", round(CalibrationError.expected(y, p, 10)));
    return m;
  }

  private double auc(LogisticHead h, IntPredicate in, String label) {
    List<Integer> idx = indices(in);
    int[] y = new int[idx.size()];
    double[] p = new double[idx.size()];
    for (int k = 0; k < y.length; k++) {
      y[k] = data.get(idx.get(k)).label(label);
      p[k] = h.probability(x[idx.get(k)]);
    }
    return round(RocCurve.auc(y, p));
  }

  private double macroAuc(LogisticHead h, IntPredicate in, String label) {
    double sum = 0;
    for (String s : SOURCES) {
      sum += auc(h, i -> in.test(i) && src(i).equals(s), label);
    }
    return sum / SOURCES.size();
  }

  /** Stratified by source and toxicity: a fraction of each stratum goes to the test side. */
  private boolean[] split(double fraction, long seed) {
    boolean[] test = new boolean[data.size()];
    Map<String, List<Integer>> strata = new LinkedHashMap<>();
    for (int i = 0; i < data.size(); i++) {
      strata.computeIfAbsent(src(i) + "/" + data.get(i).toxicity(), k -> new ArrayList<>()).add(i);
    }
    Random r = new Random(seed);
    for (List<Integer> s : strata.values()) {
      java.util.Collections.shuffle(s, r);
      for (int k = 0; k < Math.round(s.size() * fraction); k++) {
        test[s.get(k)] = true;
      }
    }
    return test;
  }

  private int[] folds(IntPredicate in, int k, long seed) {
    int[] fold = new int[data.size()];
    List<Integer> idx = new ArrayList<>(indices(in));
    java.util.Collections.shuffle(idx, new Random(seed));
    for (int j = 0; j < idx.size(); j++) {
      fold[idx.get(j)] = j % k;
    }
    return fold;
  }

  private List<Integer> indices(IntPredicate in) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      if (in.test(i)) {
        out.add(i);
      }
    }
    return out;
  }

  private int count(IntPredicate p) {
    return indices(p).size();
  }

  private String src(int i) {
    return data.get(i).source();
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private static void log(String fmt, Object... args) {
    System.err.printf(fmt + "%n", args);
  }
}
