package dev.assay.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongConsumer;

/**
 * Processes a data set on several threads and hands the results back in input order: the calling
 * thread reads batches of {@link PendingRecord}s, workers parse and process them, and the caller
 * consumes finished batches in order. At most a few batches are in memory at once, so memory stays
 * flat in the input size.
 *
 * <pre>{@code
 * OrderedParallel.run(reader, 2, 2048, rec -> check(rec), result -> write(result), n -> progress(n));
 * }</pre>
 */
public final class OrderedParallel {
  private OrderedParallel() {}

  /**
   * Reads every record of {@code reader}, applies {@code work} on {@code threads} workers (it must
   * be thread-safe), and passes each result to {@code sink} on the calling thread in input order.
   * {@code onBatch} receives the number of records read so far after each batch (may be null).
   */
  public static <R> void run(
      DatasetReader reader,
      int threads,
      int batchSize,
      Function<InputRecord, R> work,
      Consumer<R> sink,
      LongConsumer onBatch) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "assay-worker");
              t.setDaemon(true);
              return t;
            });
    BlockingQueue<Future<List<R>>> inFlight = new ArrayBlockingQueue<>(threads * 2 + 2);
    try {
      long seen = 0;
      boolean more = true;
      while (more || !inFlight.isEmpty()) {
        if (more && inFlight.remainingCapacity() > 0) {
          List<PendingRecord> batch = new ArrayList<>(batchSize);
          PendingRecord p;
          while (batch.size() < batchSize && (p = reader.nextPending()) != null) {
            batch.add(p);
          }
          more = batch.size() == batchSize;
          if (!batch.isEmpty()) {
            inFlight.add(pool.submit(() -> apply(batch, work)));
            seen += batch.size();
          }
          if (onBatch != null) {
            onBatch.accept(seen);
          }
          continue;
        }
        for (R r : inFlight.take().get()) {
          sink.accept(r);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static <R> List<R> apply(List<PendingRecord> batch, Function<InputRecord, R> work) {
    List<R> out = new ArrayList<>(batch.size());
    for (PendingRecord p : batch) {
      out.add(work.apply(p.resolve()));
    }
    return out;
  }
}
