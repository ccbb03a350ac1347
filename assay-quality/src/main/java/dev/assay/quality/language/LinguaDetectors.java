package dev.assay.quality.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Language detection with Lingua (com.github.pemistahl:lingua), registered as {@code lingua}.
 * Lingua loads n-gram models per language on first use: with {@code fast} (its low-accuracy mode,
 * trigrams only) all 75 languages start in about 2 s and 0.4 GB; in high-accuracy mode (1- to
 * 5-grams, better on short texts) 7 languages take about 7 s and 0.6 GB, all 75 about 26 s and
 * 2.4 GB (measured on this project's 2-core machine; see docs/quality-checks.md). The confidence
 * is the relative margin {@code 1 - second/best} of Lingua's confidence values.
 *
 * <pre>{@code
 * LanguageDetector d = new LinguaDetectors().create(Set.of("en", "fr"), false);
 * d.detect("Je pense, donc je suis.").language();   // "fr"
 * }</pre>
 */
public final class LinguaDetectors implements LanguageDetectorProvider {
  private static final Set<String> SUPPORTED = supportedCodes();

  @Override
  public String name() {
    return "lingua";
  }

  @Override
  public Set<String> supported() {
    return SUPPORTED;
  }

  @Override
  public LanguageDetector create(Set<String> candidates, boolean fast) {
    LanguageDetectorBuilder b;
    if (candidates.isEmpty()) {
      b = LanguageDetectorBuilder.fromAllLanguages();
    } else {
      Set<IsoCode639_1> codes = new LinkedHashSet<>();
      for (String c : candidates) {
        codes.add(IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)));
      }
      if (codes.size() == 1) {
        return text -> hasLetter(text) ? new Detection(candidates.iterator().next(), 1) : Detection.NONE;
      }
      b = LanguageDetectorBuilder.fromIsoCodes639_1(codes.toArray(IsoCode639_1[]::new));
    }
    if (fast) {
      b = b.withLowAccuracyMode();
    }
    com.github.pemistahl.lingua.api.LanguageDetector lingua = b.build();
    return text -> detect(lingua, text);
  }

  private static Detection detect(com.github.pemistahl.lingua.api.LanguageDetector lingua, String text) {
    SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues(text);
    Iterator<Map.Entry<Language, Double>> it = values.entrySet().iterator();
    if (!it.hasNext()) {
      return Detection.NONE;
    }
    Map.Entry<Language, Double> best = it.next();
    double top = best.getValue();
    double second = it.hasNext() ? it.next().getValue() : 0;
    if (best.getKey() == Language.UNKNOWN || top <= 0 || second >= top) {
      return Detection.NONE;
    }
    String code = best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    return new Detection(code, Math.min(1, Math.max(0, 1 - second / top)));
  }

  private static boolean hasLetter(String text) {
    return text.codePoints().anyMatch(Character::isLetter);
  }

  private static Set<String> supportedCodes() {
    Set<String> out = new TreeSet<>();
    for (Language l : Language.all()) {
      out.add(l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }
    return java.util.Collections.unmodifiableSet(out);
  }
}
