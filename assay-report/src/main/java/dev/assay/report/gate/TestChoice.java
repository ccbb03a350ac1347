package dev.assay.report.gate;

import java.util.Locale;

/**
 * Which significance test decides a comparison with the baseline on matched items.
 *
 * <pre>{@code
 * TestChoice.of("auto");   // McNemar's exact test for win/loss items and no margin, else paired bootstrap
 * }</pre>
 */
public enum TestChoice {
  /** McNemar's exact test when every matched item is 0 or 1 and the margin is 0; else the paired bootstrap. */
  AUTO,
  /** McNemar's exact test (falls back to the paired bootstrap, and says so, when items are not 0/1 or there is a margin). */
  MCNEMAR,
  /** The paired bootstrap test of the mean difference (items resampled with replacement). */
  BOOTSTRAP;

  /** As users type it. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code auto}, {@code mcnemar} or {@code bootstrap}. */
  public static TestChoice of(String s) {
    for (TestChoice t : values()) {
      if (t.id().equals(s.trim().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new GateSyntaxException("unknown test '" + s + "'; use auto, mcnemar or bootstrap");
  }
}
