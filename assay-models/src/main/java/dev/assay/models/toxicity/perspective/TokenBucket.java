package dev.assay.models.toxicity.perspective;

/**
 * A token-bucket rate limiter: {@code ratePerSecond} tokens a second, at most {@code burst} saved
 * up while idle. {@link #acquire()} blocks the calling (virtual) thread until its token is due;
 * callers are served in the order they arrive.
 *
 * <pre>{@code
 * TokenBucket bucket = new TokenBucket(1.0, 1); // Perspective's default quota
 * bucket.acquire();                             // then send one request
 * }</pre>
 */
public final class TokenBucket {
  private final long intervalNanos;
  private final long burstNanos;
  private long nextFree; // System.nanoTime() at which the next token is free

  /** A bucket refilling at {@code ratePerSecond} with capacity {@code burst}. */
  public TokenBucket(double ratePerSecond, int burst) {
    if (!(ratePerSecond > 0) || burst < 1) {
      throw new IllegalArgumentException("rate must be > 0 and burst >= 1, found " + ratePerSecond + ", " + burst);
    }
    this.intervalNanos = Math.max(1L, (long) (1e9 / ratePerSecond));
    this.burstNanos = (burst - 1) * intervalNanos;
    this.nextFree = System.nanoTime() - burstNanos;
  }

  /** Waits until a token is available and takes it. */
  public void acquire() throws InterruptedException {
    long wait = reserve();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
    }
  }

  private synchronized long reserve() {
    long now = System.nanoTime();
    long slot = Math.max(nextFree, now - burstNanos);
    nextFree = slot + intervalNanos;
    return slot - now;
  }
}
