package dev.assay.quality.language;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flags records whose language is not one of {@code allowed}, or is detected with less than
 * {@code min_confidence}. Rules: {@code language} (detected language not allowed, or undetermined;
 * the detail names it) and {@code low_confidence} (allowed language, confidence below the minimum).
 * Only the first {@code max_chars} characters are read.
 *
 * <p>Parameters: {@code allowed} (ISO 639-1 codes, default {@code [en]}); {@code min_confidence}
 * (default 0: any confidence); {@code candidates} (the languages the detector chooses among; empty
 * = every language it knows; the allowed ones are always added); {@code fast} (default true:
 * Lingua's low-accuracy mode, which starts in about 2 s for all languages instead of about 26 s and
 * is reliable from a sentence or two on; set false with a short candidate list for short texts);
 * {@code detector} (default {@code lingua}; see {@link LanguageDetectorProvider}).
 *
 * <pre>{@code
 * LanguageCheck c = new LanguageCheck(List.of("en", "de"), 0.05, List.of(), true, 5000, "lingua");
 * Verdict v = c.check(new QaRecord(1, "1", null, "Ceci n'est pas une pipe."));   // rule "language"
 * }</pre>
 */
public record LanguageCheck(
    List<String> allowed,
    double minConfidence,
    List<String> candidates,
    boolean fast,
    int maxChars,
    String detector)
    implements RecordCheck {

  /** The name used in pipelines. */
  public static final String NAME = "language";

  public LanguageCheck {
    if (allowed == null || allowed.isEmpty()) {
      throw new IllegalArgumentException("allowed must list at least one ISO 639-1 language code");
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("min_confidence must be between 0 and 1, found " + minConfidence);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("max_chars must be >= 1, found " + maxChars);
    }
    detector = detector == null ? "lingua" : detector;
    Set<String> supported = LanguageDetectors.provider(detector).supported();
    allowed = codes("allowed", allowed, supported);
    candidates = codes("candidates", candidates == null ? List.of() : candidates, supported);
  }

  /** English only, any confidence, all candidate languages, fast mode, first 5,000 characters. */
  public static LanguageCheck defaults() {
    return new LanguageCheck(List.of("en"), 0, List.of(), true, 5000, "lingua");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Verdict check(QaRecord record) {
    String text = record.text();
    if (text.length() > maxChars) {
      int end = text.offsetByCodePoints(0, Math.min(maxChars, text.codePointCount(0, text.length())));
      text = text.substring(0, end);
    }
    Detection d = detectorInstance().detect(text);
    if (!allowed.contains(d.language())) {
      String what = d.language().equals(Detection.UNDETERMINED) ? "undetermined language" : "detected " + d.language();
      return new Verdict(List.of(Finding.of(NAME, "language", d.confidence(), minConfidence,
          what + ", allowed " + String.join(", ", allowed))), null);
    }
    if (d.confidence() < minConfidence) {
      return new Verdict(List.of(Finding.of(NAME, "low_confidence", d.confidence(), minConfidence,
          "detected " + d.language() + " with confidence below the minimum")), null);
    }
    return Verdict.PASS;
  }

  /** The detector of this configuration (shared, built on first use). */
  public LanguageDetector detectorInstance() {
    List<String> all = candidates;
    if (!candidates.isEmpty()) {
      List<String> merged = new ArrayList<>(candidates);
      for (String a : allowed) {
        if (!merged.contains(a)) {
          merged.add(a);
        }
      }
      all = merged;
    }
    return LanguageDetectors.get(detector, all, fast);
  }

  private static List<String> codes(String param, List<String> codes, Set<String> supported) {
    List<String> out = new ArrayList<>(codes.size());
    for (String c : codes) {
      String code = c == null ? "" : c.trim().toLowerCase(Locale.ROOT);
      if (!supported.contains(code)) {
        throw new IllegalArgumentException(param + ": unknown or unsupported language code '" + c
            + "'; expected ISO 639-1 codes such as en, de, fr, zh");
      }
      if (!out.contains(code)) {
        out.add(code);
      }
    }
    return List.copyOf(out);
  }
}
