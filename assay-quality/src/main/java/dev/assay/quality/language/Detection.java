package dev.assay.quality.language;

/**
 * What a {@link LanguageDetector} says about a text: an ISO 639-1 code ({@code "und"} when it cannot
 * tell) and a confidence between 0 and 1. What the confidence means is up to the detector; for
 * Lingua it is the relative margin between the best and the second-best language (1 when only one
 * language fits at all).
 *
 * <pre>{@code
 * Detection d = detector.detect("Guten Morgen, wie geht es dir?");
 * if (d.language().equals("de") && d.confidence() > 0.1) { ... }
 * }</pre>
 *
 * @param language lower-case ISO 639-1 code, or {@link #UNDETERMINED}
 * @param confidence in [0, 1]
 */
public record Detection(String language, double confidence) {
  /** The code for "cannot tell" (ISO 639-2 {@code und}). */
  public static final String UNDETERMINED = "und";

  /** The detection for texts without enough letters to judge. */
  public static final Detection NONE = new Detection(UNDETERMINED, 0);

  public Detection {
    if (language == null || language.isEmpty()) {
      throw new IllegalArgumentException("language must be an ISO 639-1 code or \"und\"");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, found " + confidence);
    }
  }
}
