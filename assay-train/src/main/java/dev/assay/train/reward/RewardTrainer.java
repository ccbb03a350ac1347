package dev.assay.train.reward;

import dev.assay.models.reward.FeatureSpec;
import dev.assay.models.reward.PairFeaturizer;
import dev.assay.models.reward.PromptGate;
import dev.assay.models.reward.RewardHead;
import dev.assay.models.reward.RewardMlp;
import dev.assay.models.reward.RewardModel;
import dev.assay.models.reward.RewardPair;
import dev.assay.models.reward.Standardizer;
import dev.assay.models.toxicity.embedded.LogisticHead;
import dev.assay.stats.optim.Adam;
import dev.assay.train.toxicity.L2LogisticRegression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Fits a {@link RewardModel} to pairs by mini-batch Adam on the {@link BradleyTerryLoss}, holding
 * out {@link RewardTrainConfig#validationFraction()} of the prompts (whole prompts, {@link
 * GroupSplit}) for early stopping: each network stops after {@code patience} epochs without a lower
 * validation loss and keeps its best epoch's weights. With {@link RewardTrainConfig#ensemble()}
 * {@code n > 1} every head averages {@code n} networks fitted from different seeds; with {@link
 * RewardTrainConfig#headsBySource()} each data source gets its own head, and a {@link PromptGate}
 * (a logistic regression on the prompt embedding) learns which head a prompt belongs to.
 * Deterministic for a seed.
 *
 * <pre>{@code
 * RewardTrainer.Trained t = RewardTrainer.fit(pairs, matrices, spec, RewardTrainConfig.defaults(), System.err::println);
 * t.model().save(Path.of("out/rm"));
 * }</pre>
 */
public final class RewardTrainer {
  /**
   * L2 strength of the gate's logistic regression: scikit-learn's {@code C = 40} on the default's
   * 2,500 training prompts. Chosen on the default's training data among C = 1, 4, 40, 400 with and
   * without class balancing (docs/reward-model.md).
   */
  static final double GATE_L2 = 1e-5;

  /**
   * A fitted model and how it got there.
   *
   * @param curve the learning curve of the first network of the first head
   * @param headCurves the first network's learning curve of every head, by head name
   */
  public record Trained(RewardModel model, LearningCurve curve, int trainPairs, int validationPairs, long millis,
      Map<String, LearningCurve> headCurves) {}

  private RewardTrainer() {}

  /** Fits on all {@code pairs} (rows of {@code raw} in the same order) minus the validation prompts. */
  public static Trained fit(List<RewardPair> pairs, PairFeaturizer.Matrices raw, FeatureSpec spec,
      RewardTrainConfig config, Consumer<String> log) {
    long t0 = System.nanoTime();
    int[] val = GroupSplit.indices(pairs, p -> GroupSplit.heldOut(p.group(), config.seed(), config.validationFraction()));
    int[] train = complement(val, pairs.size());
    if (train.length == 0 || val.length == 0) {
      throw new IllegalArgumentException("need pairs with at least two distinct prompts to hold some out for"
          + " early stopping; found " + pairs.size() + " pairs");
    }
    float[][] headC = new float[pairs.size()][];
    float[][] headR = new float[pairs.size()][];
    for (int i = 0; i < headC.length; i++) {
      headC[i] = spec.headPart(raw.chosen()[i]);
      headR[i] = spec.headPart(raw.rejected()[i]);
    }
    float[][] trainRows = new float[2 * train.length][];
    for (int k = 0; k < train.length; k++) {
      trainRows[2 * k] = headC[train[k]];
      trainRows[2 * k + 1] = headR[train[k]];
    }
    Standardizer s = Standardizer.fit(trainRows);
    Data data = new Data(s.apply(headC), s.apply(headR), new double[pairs.size()], new double[pairs.size()]);
    for (int i = 0; i < pairs.size(); i++) {
      data.y[i] = pairs.get(i).label();
      data.margin[i] = pairs.get(i).margin();
    }
    List<String> names = config.headsBySource()
        ? new TreeSet<>(pairs.stream().map(RewardPair::source).filter(src -> !src.equals(LazyAnswers.SOURCE)).toList())
            .stream().toList()
        : List.of("all");
    if (names.size() > 1 && !spec.promptContext()) {
      throw new IllegalArgumentException("one head per source needs the prompt embedding in the rows (FeatureSpec.promptContext)");
    }
    // every network of every head is independent: fit them on all cores, each from its own seed,
    // so the result does not depend on scheduling
    List<Callable<Network>> jobs = new ArrayList<>();
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      int[] tr = names.size() == 1 ? train : only(pairs, train, name);
      int[] va = names.size() == 1 ? val : only(pairs, val, name);
      if (va.length == 0) {
        throw new IllegalArgumentException("source " + name + ": no validation pairs (it has too few distinct prompts"
            + " for its own head); train without one head per source");
      }
      for (int j = 0; j < config.ensemble(); j++) {
        long seed = config.seed() + 7919L * k + 104_729L * j;
        String tag = names.size() == 1 && config.ensemble() == 1 ? "" : name + " #" + (j + 1) + ": ";
        int[] order = config.balanceSources() ? balanced(pairs, tr) : tr;
        jobs.add(() -> fitNetwork(data, order, tr, va, spec.headWidth(), config, seed, m -> log.accept(tag + m)));
      }
    }
    List<Network> fitted = runAll(jobs);
    List<RewardHead> heads = new ArrayList<>();
    Map<String, LearningCurve> curves = new LinkedHashMap<>();
    for (int k = 0; k < names.size(); k++) {
      List<Network> mine = fitted.subList(k * config.ensemble(), (k + 1) * config.ensemble());
      heads.add(new RewardHead(names.get(k), mine.stream().map(Network::mlp).toList()));
      curves.put(names.get(k), mine.get(0).curve());
    }
    PromptGate gate = names.size() > 1 ? fitGate(pairs, raw, spec, train, names) : null;
    RewardModel model = new RewardModel(spec, s, heads, gate);
    return new Trained(model, curves.get(names.get(0)), train.length, val.length,
        (System.nanoTime() - t0) / 1_000_000, curves);
  }

  private record Data(float[][] xc, float[][] xr, double[] y, double[] margin) {}

  private record Network(RewardMlp mlp, LearningCurve curve) {}

  /** One network with early stopping; {@code order} are the rows an epoch visits (with repeats when balanced). */
  private static Network fitNetwork(Data data, int[] order0, int[] train, int[] val, int d, RewardTrainConfig config,
      long seed, Consumer<String> log) {
    int h = config.hidden();
    Random rng = new Random(seed);
    double[] p = RewardMlp.initialParams(d, h, rng);
    double[] best = p.clone();
    double bestLoss = Double.POSITIVE_INFINITY;
    int bestEpoch = 0;
    Adam adam = new Adam(p.length, config.learningRate());
    double[] g = new double[p.length];
    int[] order = order0.clone();
    List<LearningCurve.Point> curve = new ArrayList<>();
    for (int e = 1; e <= config.maxEpochs(); e++) {
      shuffle(order, rng);
      for (int from = 0; from < order.length; from += config.batch()) {
        int[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + config.batch()));
        BradleyTerryLoss.lossAndGradient(p, d, h, data.xc, data.xr, data.y, data.margin, rows, config.l2(),
            config.centre(), config.dropout(), rng, g);
        adam.step(p, g);
      }
      double trainLoss = BradleyTerryLoss.lossAndGradient(p, d, h, data.xc, data.xr, data.y, data.margin, train, 0, 0, 0, null, null);
      double valLoss = BradleyTerryLoss.lossAndGradient(p, d, h, data.xc, data.xr, data.y, data.margin, val, 0, 0, 0, null, null);
      double valAcc = accuracy(p, d, h, data.xc, data.xr, data.y, val);
      curve.add(new LearningCurve.Point(e, trainLoss, valLoss, valAcc));
      log.accept(String.format("epoch %d: train loss %.4f, validation loss %.4f, validation accuracy %.4f",
          e, trainLoss, valLoss, valAcc));
      if (valLoss < bestLoss - 1e-6) {
        bestLoss = valLoss;
        bestEpoch = e;
        best = p.clone();
      } else if (e - bestEpoch >= config.patience()) {
        break;
      }
    }
    return new Network(new RewardMlp(d, h, best), new LearningCurve(curve, bestEpoch));
  }

  /** The gate: which head's source a training prompt came from, from its embedding. */
  static PromptGate fitGate(List<RewardPair> pairs, PairFeaturizer.Matrices raw, FeatureSpec spec, int[] train,
      List<String> names) {
    Set<String> seen = new HashSet<>();
    List<float[]> x = new ArrayList<>();
    List<Integer> label = new ArrayList<>();
    for (int i : train) {
      RewardPair p = pairs.get(i);
      if (!names.contains(p.source())) {
        continue; // synthetic pairs teach the heads, not the gate
      }
      if (seen.add(p.source() + "\u0000" + p.prompt())) {
        x.add(spec.promptOf(raw.chosen()[i]));
        label.add(names.indexOf(p.source()));
      }
    }
    float[][] xs = x.toArray(new float[0][]);
    int k = names.size();
    // balanced classes: each source's prompts weigh as much in all, so the gate's prior does not
    // favour the source with more prompts (hh-rlhf has about three times AlpacaEval's)
    int[] perClass = new int[k];
    label.forEach(c -> perClass[c]++);
    double[] w = new double[xs.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = (double) xs.length / (k * perClass[label.get(i)]);
    }
    double[][] coef = new double[k][spec.dimension()];
    double[] bias = new double[k];
    for (int h = k == 2 ? 1 : 0; h < k; h++) {
      int[] y = new int[xs.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = label.get(i) == h ? 1 : 0;
      }
      LogisticHead fit = L2LogisticRegression.fit(xs, y, w, GATE_L2);
      coef[h] = fit.weights();
      bias[h] = fit.bias();
    }
    return new PromptGate(names, coef, bias);
  }

  /** The rows of one head: its source's pairs and the synthetic pairs every head shares. */
  private static List<Network> runAll(List<Callable<Network>> jobs) {
    int threads = Math.max(1, Math.min(jobs.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Network> out = new ArrayList<>();
      for (Future<Network> f : pool.invokeAll(jobs)) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while training", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static int[] only(List<RewardPair> pairs, int[] rows, String source) {
    return Arrays.stream(rows)
        .filter(i -> pairs.get(i).source().equals(source) || pairs.get(i).source().equals(LazyAnswers.SOURCE))
        .toArray();
  }

  private static double accuracy(double[] p, int d, int h, float[][] xc, float[][] xr, double[] y, int[] rows) {
    double correct = 0;
    int n = 0;
    for (int i : rows) {
      if (y[i] <= 0.5) {
        continue;
      }
      double diff = RewardMlp.forward(p, d, h, xc[i], null, null) - RewardMlp.forward(p, d, h, xr[i], null, null);
      correct += diff > 0 ? 1 : diff == 0 ? 0.5 : 0;
      n++;
    }
    return n == 0 ? Double.NaN : correct / n;
  }

  /** Training indices with each source's pairs repeated {@code round(largest / size)} times. */
  static int[] balanced(List<RewardPair> pairs, int[] train) {
    java.util.Map<String, Integer> count = new java.util.HashMap<>();
    for (int i : train) {
      count.merge(pairs.get(i).source(), 1, Integer::sum);
    }
    int largest = count.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Integer> out = new ArrayList<>();
    for (int i : train) {
      long times = Math.max(1, Math.round((double) largest / count.get(pairs.get(i).source())));
      for (int k = 0; k < times; k++) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  static int[] complement(int[] sorted, int n) {
    int[] out = new int[n - sorted.length];
    int k = 0;
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (j < sorted.length && sorted[j] == i) {
        j++;
      } else {
        out[k++] = i;
      }
    }
    return out;
  }

  private static void shuffle(int[] a, Random r) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
