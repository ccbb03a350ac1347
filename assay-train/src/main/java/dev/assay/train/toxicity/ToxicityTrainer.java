package dev.assay.train.toxicity;

import dev.assay.models.toxicity.embedded.EmbeddedToxicityModel;
import dev.assay.models.toxicity.embedded.LogisticHead;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Model selection and fitting for the embedded toxicity scorer, on embeddings already computed
 * ({@link TrainingSet}). Steps:
 *
 * <ol>
 *   <li>a stratified (source x toxicity) hold-out split ({@code testFraction}, {@code seed});
 *   <li>the L2 strength of logistic regression by k-fold CV on the training part (toxicity head,
 *       source-balanced; criterion: mean over sources of the per-source ROC-AUC);
 *   <li>every candidate (learner x source weighting) scored leave-one-source-out (fit on the
 *       other sources, ROC-AUC on the one left out) and on the held-out split;
 *   <li>the candidate with the best leave-one-source-out mean wins (ties: better transfer to
 *       OLID); the best {@code lr} candidate is shipped (the weights format holds linear heads);
 *   <li>held-out ROC-AUC, PR-AUC and ECE of the shipped candidate for both labels;
 *   <li>the shipped candidate refit on all examples, one head per label.
 * </ol>
 *
 * <pre>{@code
 * ToxicityTrainResult r = new ToxicityTrainer(options, System.err::println).train(set);
 * }</pre>
 */
public final class ToxicityTrainer {
  private final ToxicityTrainOptions options;
  private final Consumer<String> log;

  /** A trainer with {@code options} that reports each phase to {@code log}. */
  public ToxicityTrainer(ToxicityTrainOptions options, Consumer<String> log) {
    this.options = options;
    this.log = log;
  }

  /** Runs the selection and the final fit. */
  public ToxicityTrainResult train(TrainingSet set) {
    List<String> strata = new ArrayList<>(set.size());
    for (int i = 0; i < set.size(); i++) {
      strata.add(set.source(i) + "/" + set.label(i, "toxicity"));
    }
    boolean[] test = Splits.stratifiedHoldOut(strata, options.testFraction(), options.seed());
    int[] trainIdx = set.indices(i -> !test[i]);
    int[] testIdx = set.indices(i -> test[i]);
    log.accept(String.format("split: %d train, %d held out (seed %d)", trainIdx.length, testIdx.length, options.seed()));

    Map<Double, Double> cv = chooseLambda(set, trainIdx);
    double lambda = cv.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    log.accept("lambda by " + options.cvFolds() + "-fold CV: " + lambda);

    List<CandidateScore> scores = new ArrayList<>();
    for (String l : options.learners()) {
      HeadLearner learner = l.equals("lr") ? new LogisticLearner(lambda) : MlpLearner.defaults(options.seed());
      for (SourceWeighting w : options.weightings()) {
        scores.add(score(set, new Candidate(learner, w), trainIdx, testIdx));
      }
    }
    CandidateScore best = null;
    CandidateScore shipped = null;
    for (CandidateScore s : scores) {
      best = best == null || s.beats(best) ? s : best;
      if (s.candidate().learner() instanceof LogisticLearner) {
        shipped = shipped == null || s.beats(shipped) ? s : shipped;
      }
    }
    if (shipped == null) {
      throw new IllegalArgumentException("learners: include lr, the only learner the weights file can hold");
    }
    log.accept("best by leave-one-source-out: " + best.candidate().name() + "; shipped: " + shipped.candidate().name());

    Map<String, Map<String, LabelMetrics>> heldOut = new LinkedHashMap<>();
    LogisticLearner lr = (LogisticLearner) shipped.candidate().learner();
    SourceWeighting weighting = shipped.candidate().weighting();
    for (String label : TrainingSet.LABELS) {
      TrainingSet.Rows r = set.rows(trainIdx, label, weighting);
      LogisticHead h = lr.fitHead(r.x(), r.y(), r.w());
      Map<String, LabelMetrics> parts = new LinkedHashMap<>();
      putIfDefined(parts, "all", set.evaluate(h::probability, testIdx, label));
      for (String s : set.sourcesOf(testIdx)) {
        putIfDefined(parts, s, set.evaluate(h::probability, set.indices(i -> test[i] && set.source(i).equals(s)), label));
      }
      heldOut.put(label, parts);
      log.accept("held-out " + label + ": " + summary(parts));
    }

    Map<String, LogisticHead> heads = new LinkedHashMap<>();
    int[] all = set.indices(i -> true);
    for (String label : TrainingSet.LABELS) {
      TrainingSet.Rows r = set.rows(all, label, weighting);
      heads.put(label, lr.fitHead(r.x(), r.y(), r.w()));
    }
    log.accept("refit on all " + all.length + " examples");

    Map<String, Object> report = report(set, cv, lambda, scores, best, shipped, heldOut);
    EmbeddedToxicityModel model = new EmbeddedToxicityModel(options.embedder(), set.dimension(), heads, report);
    return new ToxicityTrainResult(model, lambda, cv, scores, best, shipped, heldOut, report);
  }

  private Map<Double, Double> chooseLambda(TrainingSet set, int[] trainIdx) {
    int[] fold = Splits.folds(trainIdx, set.size(), options.cvFolds(), options.seed() + 1);
    Map<Double, Double> out = new TreeMap<>();
    for (double lambda : options.lambdas()) {
      double sum = 0;
      for (int f = 0; f < options.cvFolds(); f++) {
        final int ff = f;
        int[] fit = set.indices(i -> fold[i] >= 0 && fold[i] != ff);
        TrainingSet.Rows r = set.rows(fit, "toxicity", SourceWeighting.BALANCED);
        HeadLearner.Fitted h = new LogisticLearner(lambda).fit(r.x(), r.y(), r.w());
        sum += macroAuc(set, h, set.indices(i -> fold[i] == ff));
      }
      out.put(lambda, sum / options.cvFolds());
      log.accept(String.format("cv lambda=%g: mean per-source ROC-AUC %.4f", lambda, sum / options.cvFolds()));
    }
    return out;
  }

  private CandidateScore score(TrainingSet set, Candidate c, int[] trainIdx, int[] testIdx) {
    long t0 = System.nanoTime();
    Map<String, Double> loso = new LinkedHashMap<>();
    for (String out : TrainingSet.SOURCES) {
      int[] fit = set.indices(i -> !set.source(i).equals(out));
      int[] eval = set.indices(i -> set.source(i).equals(out));
      if (fit.length == 0 || eval.length == 0) {
        continue;
      }
      TrainingSet.Rows r = set.rows(fit, "toxicity", c.weighting());
      LabelMetrics m = set.evaluate(c.learner().fit(r.x(), r.y(), r.w()), eval, "toxicity");
      if (m != null) {
        loso.put(out, m.rocAuc());
      }
    }
    TrainingSet.Rows r = set.rows(trainIdx, "toxicity", c.weighting());
    HeadLearner.Fitted h = c.learner().fit(r.x(), r.y(), r.w());
    Map<String, LabelMetrics> held = new LinkedHashMap<>();
    putIfDefined(held, "all", set.evaluate(h, testIdx, "toxicity"));
    for (String s : set.sourcesOf(testIdx)) {
      putIfDefined(held, s, set.evaluate(h, set.indices(i -> java.util.Arrays.binarySearch(testIdx, i) >= 0 && set.source(i).equals(s)), "toxicity"));
    }
    CandidateScore cs = new CandidateScore(c, loso, held);
    log.accept(String.format("%-24s leave-one-source-out %s mean %.4f (%.0f s)", c.name(), round(loso), cs.losoMean(), (System.nanoTime() - t0) / 1e9));
    return cs;
  }

  private static double macroAuc(TrainingSet set, HeadLearner.Fitted h, int[] idx) {
    double sum = 0;
    int k = 0;
    for (String s : TrainingSet.SOURCES) {
      int[] part = java.util.Arrays.stream(idx).filter(i -> set.source(i).equals(s)).toArray();
      LabelMetrics m = set.evaluate(h, part, "toxicity");
      if (m != null) {
        sum += m.rocAuc();
        k++;
      }
    }
    return k == 0 ? Double.NaN : sum / k;
  }

  private Map<String, Object> report(TrainingSet set, Map<Double, Double> cv, double lambda, List<CandidateScore> scores,
      CandidateScore best, CandidateScore shipped, Map<String, Map<String, LabelMetrics>> heldOut) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sources", List.of("OLID/OffensEval 2019 training (olid-training-v1.0.tsv)",
        "Davidson et al. 2017 labeled_data.csv", "ToxiGen prompts (hate_/neutral_ per group, statements deduplicated)"));
    m.put("model", "L2 logistic regression per label on frozen " + options.embedder() + " embeddings");
    m.put("sizes", set.sizes());
    m.put("examples", set.size());
    m.put("limit_per_source", options.limitPerSource());
    m.put("seed", options.seed());
    m.put("test_fraction", options.testFraction());
    Map<String, Object> cvm = new LinkedHashMap<>();
    cv.forEach((k, v) -> cvm.put(Double.toString(k), LabelMetrics.round(v)));
    m.put("cv_folds", options.cvFolds());
    m.put("cv_mean_source_auc_by_lambda", cvm);
    m.put("lambda", lambda);
    m.put("candidates", scores.stream().map(CandidateScore::toMap).toList());
    m.put("best_by_leave_one_source_out", best.candidate().name());
    m.put("shipped", shipped.candidate().name());
    m.put("weighting", shipped.candidate().weighting().name());
    Map<String, Object> h = new LinkedHashMap<>();
    heldOut.forEach((label, parts) -> {
      Map<String, Object> p = new LinkedHashMap<>();
      parts.forEach((k, v) -> p.put(k, v.toMap()));
      h.put(label, p);
    });
    m.put("held_out", h);
    return m;
  }

  private static void putIfDefined(Map<String, LabelMetrics> m, String k, LabelMetrics v) {
    if (v != null) {
      m.put(k, v);
    }
  }

  private static String summary(Map<String, LabelMetrics> parts) {
    StringBuilder sb = new StringBuilder();
    parts.forEach((k, v) -> sb.append(String.format("%s AUC %.3f AP %.3f ECE %.3f; ", k, v.rocAuc(), v.prAuc(), v.ece())));
    return sb.toString();
  }

  private static Map<String, Double> round(Map<String, Double> m) {
    Map<String, Double> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, LabelMetrics.round(v)));
    return out;
  }
}
