package dev.assay.models.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
  @Test
  void aTakeLargerThanTheBurstWaitsForTheDeficit() throws InterruptedException {
    TokenBucket b = new TokenBucket(100, 10); // 100 a second, 10 saved up
    long t0 = System.nanoTime();
    b.acquire(10);
    assertThat(ms(t0)).as("the saved-up burst is immediate").isLessThan(100);
    b.acquire(20);
    assertThat(ms(t0)).as("20 more at 100/s").isBetween(190.0, 2000.0);
  }

  @Test
  void settlingGivesBackOrTakesMore() throws InterruptedException {
    TokenBucket b = new TokenBucket(100, 10);
    b.acquire(10);
    b.settle(-10); // the estimate was too high: all of it comes back
    long t0 = System.nanoTime();
    b.acquire(10);
    assertThat(ms(t0)).isLessThan(100);
    b.settle(20); // the real count was 20 more
    b.acquire(1);
    assertThat(ms(t0)).isGreaterThanOrEqualTo(190);
  }

  private static double ms(long t0) {
    return (System.nanoTime() - t0) / 1e6;
  }
}
