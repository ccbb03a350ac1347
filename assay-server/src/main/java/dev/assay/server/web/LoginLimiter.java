package dev.assay.server.web;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: at most {@link #MAX_FAILURES} failed logins per user name and per
 * client address in {@link #WINDOW_MS}; past that, logins are refused (429) until the window
 * moves on, right password or not.
 *
 * <pre>{@code
 * if (!limiter.allowed(name, ip)) return 429;
 * if (!ok) limiter.failed(name, ip);
 * }</pre>
 */
public final class LoginLimiter {
  /** Failed attempts allowed per key and window. */
  public static final int MAX_FAILURES = 5;
  /** The window. */
  public static final long WINDOW_MS = 60_000;
  private final Clock clock;
  private final ConcurrentHashMap<String, Deque<Long>> failures = new ConcurrentHashMap<>();

  public LoginLimiter(Clock clock) {
    this.clock = clock;
  }

  /** Whether a login for {@code name} from {@code address} may be tried now. */
  public boolean allowed(String name, String address) {
    return recent("user:" + name) < MAX_FAILURES && recent("ip:" + address) < MAX_FAILURES;
  }

  /** Records a failed login. */
  public void failed(String name, String address) {
    long now = clock.millis();
    for (String k : new String[] {"user:" + name, "ip:" + address}) {
      Deque<Long> d = failures.computeIfAbsent(k, x -> new ArrayDeque<>());
      synchronized (d) {
        d.addLast(now);
      }
    }
  }

  private int recent(String key) {
    Deque<Long> d = failures.get(key);
    if (d == null) {
      return 0;
    }
    long cutoff = clock.millis() - WINDOW_MS;
    synchronized (d) {
      while (!d.isEmpty() && d.peekFirst() < cutoff) {
        d.pollFirst();
      }
      return d.size();
    }
  }
}
