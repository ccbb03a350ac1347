package dev.assay.testkit;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test does when something it needs outside the repository (the reference data in
 * {@code ../shared/data}, a chromium binary, a bundled model) is missing: on a developer's
 * machine the test is skipped; on CI (environment variable {@code CI} set and non-empty) it
 * fails, with a message saying what to install, so a CI run never passes by skipping.
 *
 * <pre>{@code
 * Ci.require(Files.isExecutable(chromium), chromium + " is missing",
 *     "install Debian's chromium (apt-get install chromium chromium-driver)");
 * }</pre>
 */
public final class Ci {
  private Ci() {}

  /** True when the environment variable {@code CI} is set to a non-empty value. */
  public static boolean active() {
    return active(System.getenv("CI"));
  }

  static boolean active(String ciValue) {
    return ciValue != null && !ciValue.isBlank();
  }

  /**
   * Returns when {@code present}; otherwise fails the calling test on CI and skips it elsewhere.
   *
   * @param missing what is missing, e.g. "shared/data/mt_bench/question.jsonl not found"
   * @param install what to do about it, e.g. "put the public reference data in ../shared/data"
   */
  public static void require(boolean present, String missing, String install) {
    require(present, missing, install, active());
  }

  static void require(boolean present, String missing, String install, boolean ci) {
    if (present) {
      return;
    }
    if (ci) {
      throw new AssertionError(missing + "; CI is set, so this test fails instead of skipping: " + install);
    }
    Assumptions.abort(missing + "; test skipped (" + install + ")");
  }
}
