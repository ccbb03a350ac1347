package dev.assay.stats.rating;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bradley-Terry ratings with percentile bootstrap intervals, as FastChat's {@code
 * compute_bootstrap_bt}: each round draws as many battles as the data have from the observed
 * (pair, outcome) cells by multinomial resampling of the counts, refits, and the interval is the
 * pair of percentiles of the bootstrap ratings (NumPy's linear interpolation). Ranks follow
 * {@link ConfidenceRanks}. Rounds run in parallel; each round has its own seed drawn from {@code
 * seed}, so results do not depend on the number of threads.
 *
 * <pre>{@code
 * BootstrapRatings b = BradleyTerryBootstrap.run(counts, RatingScale.FASTCHAT,
 *     new BootstrapConfig(1000, 42L, 2, 0.95));
 * }</pre>
 */
public final class BradleyTerryBootstrap {
  private BradleyTerryBootstrap() {}

  /**
   * Fits and bootstraps.
   *
   * @throws IllegalArgumentException if the anchor model is absent from the counts
   */
  public static BootstrapRatings run(
      PairwiseCounts counts, RatingScale scale, BootstrapConfig config) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(config, "config");
    int m = counts.modelCount();
    int anchor = BradleyTerry.anchorIndex(counts, scale);
    double alpha = scale.alpha();
    double[] cells = counts.cells();
    double[] mle =
        BradleyTerry.natural(
            counts, cells, alpha, null, BradleyTerry.DEFAULT_TOLERANCE, BradleyTerry.DEFAULT_MAX_ITERATIONS);
    long n = Math.round(counts.totalBattles());
    SplittableRandom master = new SplittableRandom(config.seed());
    long[] seeds = new long[config.rounds()];
    for (int r = 0; r < seeds.length; r++) {
      seeds[r] = master.nextLong();
    }
    double[][] samples = new double[config.rounds()][];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable worker =
        () -> {
          double[] resampled = new double[cells.length];
          int r;
          while ((r = next.getAndIncrement()) < seeds.length && failure.get() == null) {
            try {
              Multinomial.sample(cells, n, new SplittableRandom(seeds[r]), resampled);
              double[] rating =
                  BradleyTerry.natural(
                      counts, resampled, alpha, mle, BradleyTerry.DEFAULT_TOLERANCE,
                      BradleyTerry.DEFAULT_MAX_ITERATIONS);
              scale.toDisplay(rating, anchor);
              samples[r] = rating;
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        };
    runOn(config.threads(), worker);
    if (failure.get() != null) {
      throw new IllegalStateException("bootstrap failed", failure.get());
    }
    double[] full = mle.clone();
    scale.toDisplay(full, anchor);
    double tail = (1 - config.confidence()) / 2;
    double[] lower = new double[m];
    double[] upper = new double[m];
    double[] column = new double[config.rounds()];
    for (int i = 0; i < m; i++) {
      for (int r = 0; r < column.length; r++) {
        column[r] = samples[r][i];
      }
      java.util.Arrays.sort(column);
      lower[i] = Quantile.ofSorted(column, tail);
      upper[i] = Quantile.ofSorted(column, 1 - tail);
    }
    int[] ranks = ConfidenceRanks.of(lower, upper);
    List<RatedModel> rated = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      rated.add(new RatedModel(counts.models().get(i), full[i], lower[i], upper[i], ranks[i]));
    }
    rated.sort(Comparator.comparingDouble(RatedModel::rating).reversed());
    return new BootstrapRatings(rated, counts.models(), samples);
  }

  private static void runOn(int threads, Runnable worker) {
    if (threads == 1) {
      worker.run();
      return;
    }
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread th = new Thread(worker, "bt-bootstrap-" + t);
      th.setDaemon(true);
      th.start();
      started.add(th);
    }
    for (Thread th : started) {
      try {
        th.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("bootstrap interrupted", e);
      }
    }
  }
}
