package dev.assay.train.reward;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fits a {@link RewardModel} to pairs by mini-batch Adam on the {@link BradleyTerryLoss}, holding
 * out {@link RewardTrainConfig#validationFraction()} of the prompts (whole prompts, {@link
 * GroupSplit}) for early stopping: training stops after {@code patience} epochs without a lower
 * validation loss and keeps the best epoch's weights. Deterministic for a seed.
 *
 * <pre>{@code
 * RewardTrainer.Trained t = RewardTrainer.fit(pairs, matrices, spec, RewardTrainConfig.defaults(), System.err::println);
 * t.model().save(Path.of("out/rm"));
 * }</pre>
 */
public final class RewardTrainer {
  /** A fitted model and how it got there. */
  public record Trained(RewardModel model, LearningCurve curve, int trainPairs, int validationPairs, long millis) {}

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
    float[][] trainRows = new float[2 * train.length][];
    for (int k = 0; k < train.length; k++) {
      trainRows[2 * k] = raw.chosen()[train[k]];
      trainRows[2 * k + 1] = raw.rejected()[train[k]];
    }
    Standardizer s = Standardizer.fit(trainRows);
    float[][] xc = s.apply(raw.chosen());
    float[][] xr = s.apply(raw.rejected());
    double[] y = new double[pairs.size()];
    double[] m = new double[pairs.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = pairs.get(i).label();
      m[i] = pairs.get(i).margin();
    }
    int d = spec.width();
    int h = config.hidden();
    Random rng = new Random(config.seed());
    double[] p = RewardMlp.initialParams(d, h, rng);
    double[] best = p.clone();
    double bestLoss = Double.POSITIVE_INFINITY;
    int bestEpoch = 0;
    Adam adam = new Adam(p.length, config.learningRate());
    double[] g = new double[p.length];
    int[] order = config.balanceSources() ? balanced(pairs, train) : train.clone();
    List<LearningCurve.Point> curve = new ArrayList<>();
    for (int e = 1; e <= config.maxEpochs(); e++) {
      shuffle(order, rng);
      for (int from = 0; from < order.length; from += config.batch()) {
        int[] rows = Arrays.copyOfRange(order, from, Math.min(order.length, from + config.batch()));
        BradleyTerryLoss.lossAndGradient(p, d, h, xc, xr, y, m, rows, config.l2(), config.centre(), config.dropout(), rng, g);
        adam.step(p, g);
      }
      double trainLoss = BradleyTerryLoss.lossAndGradient(p, d, h, xc, xr, y, m, train, 0, 0, 0, null, null);
      double valLoss = BradleyTerryLoss.lossAndGradient(p, d, h, xc, xr, y, m, val, 0, 0, 0, null, null);
      double valAcc = accuracy(p, d, h, xc, xr, y, val);
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
    RewardModel model = new RewardModel(spec, s, new RewardMlp(d, h, best));
    return new Trained(model, new LearningCurve(curve, bestEpoch), train.length, val.length,
        (System.nanoTime() - t0) / 1_000_000);
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
