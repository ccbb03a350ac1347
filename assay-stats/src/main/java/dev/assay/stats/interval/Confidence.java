package dev.assay.stats.interval;

/** Validation of confidence levels (package-private). */
final class Confidence {
  private Confidence() {}

  static void check(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException(
          "confidence level must lie strictly between 0 and 1, found " + confidence);
    }
  }
}
