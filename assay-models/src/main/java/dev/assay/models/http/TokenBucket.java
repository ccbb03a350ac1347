package dev.assay.models.http;

/**
 * A token-bucket rate limiter: {@code ratePerSecond} tokens a second, at most {@code burst} saved
 * up while idle. {@link #acquire(long)} blocks the calling (virtual) thread until its tokens are
 * due; callers are served in the order they arrive. A caller may take more than the burst at once
 * (a long prompt against a tokens-per-minute limit): it waits for the deficit to refill.
 *
 * <p>For limits whose cost is only known afterwards (tokens of a model call), take an estimate
 * first and {@link #settle(long)} the difference when the real count is known.
 *
 * <pre>{@code
 * TokenBucket requests = new TokenBucket(1.0, 1);          // 1 request a second
 * requests.acquire();                                      // then send one request
 * TokenBucket tokens = TokenBucket.perMinute(90_000);       // 90k tokens a minute
 * tokens.acquire(1200);                                    // estimated prompt + answer
 * tokens.settle(usage.total() - 1200);                     // the real count
 * }</pre>
 */
public final class TokenBucket {
  private final long intervalNanos;
  private final long burstNanos;
  private long nextFree; // System.nanoTime() at which the next token is free

  /** A bucket refilling at {@code ratePerSecond} with capacity {@code burst}. */
  public TokenBucket(double ratePerSecond, long burst) {
    if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond) || burst < 1) {
      throw new IllegalArgumentException("rate must be > 0 and burst >= 1, found " + ratePerSecond + ", " + burst);
    }
    this.intervalNanos = Math.max(1L, (long) (1e9 / ratePerSecond));
    this.burstNanos = saturatingMultiply(burst - 1, intervalNanos);
    this.nextFree = System.nanoTime() - burstNanos;
  }

  /**
   * A bucket for a per-minute limit that holds at most one second's worth (at least one token), so
   * a limit is spread over the minute rather than spent in one burst.
   */
  public static TokenBucket perMinute(long perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("per-minute limit: expected >= 1, found " + perMinute);
    }
    return new TokenBucket(perMinute / 60.0, Math.max(1, perMinute / 60));
  }

  /** Waits until one token is available and takes it. */
  public void acquire() throws InterruptedException {
    acquire(1);
  }

  /** Waits until {@code n} tokens are available and takes them. */
  public void acquire(long n) throws InterruptedException {
    long wait = reserve(Math.max(0, n));
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
    }
  }

  /**
   * Corrects an earlier {@link #acquire(long)} by {@code delta} tokens: positive takes more (later
   * callers wait longer), negative gives back (never more than the bucket holds).
   */
  public synchronized void settle(long delta) {
    long now = System.nanoTime();
    nextFree = Math.max(now - burstNanos, nextFree + saturatingMultiply(delta, intervalNanos));
  }

  private synchronized long reserve(long n) {
    if (n == 0) {
      return 0;
    }
    long now = System.nanoTime();
    long start = Math.max(nextFree, now - burstNanos);
    long end = start + saturatingMultiply(n, intervalNanos);
    nextFree = end;
    // the last of the n tokens is due one interval before the bucket's new horizon
    return end - intervalNanos - now;
  }

  private static long saturatingMultiply(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return lo;
    }
    return hi < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
  }
}
