package dev.assay.quality.language;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds {@link LanguageDetectorProvider}s by name and keeps one detector per configuration, so
 * that every record check built from the same parameters shares the loaded models.
 *
 * <pre>{@code
 * LanguageDetector d = LanguageDetectors.get("lingua", List.of("en", "de", "fr"), true);
 * }</pre>
 */
public final class LanguageDetectors {
  private static final Map<String, LanguageDetectorProvider> PROVIDERS = load();
  private static final Map<Key, LanguageDetector> CACHE = new ConcurrentHashMap<>();

  private LanguageDetectors() {}

  /** The provider called {@code name}; IllegalArgumentException naming the known ones otherwise. */
  public static LanguageDetectorProvider provider(String name) {
    LanguageDetectorProvider p = PROVIDERS.get(name);
    if (p == null) {
      throw new IllegalArgumentException(
          "unknown language detector '" + name + "': expected one of " + String.join(", ", PROVIDERS.keySet()));
    }
    return p;
  }

  /** The shared detector for this configuration, built on first use. */
  public static LanguageDetector get(String name, List<String> candidates, boolean fast) {
    Key key = new Key(name, new TreeSet<>(candidates), fast);
    return CACHE.computeIfAbsent(key, k -> provider(k.name).create(Set.copyOf(k.candidates), k.fast));
  }

  private record Key(String name, TreeSet<String> candidates, boolean fast) {}

  private static Map<String, LanguageDetectorProvider> load() {
    Map<String, LanguageDetectorProvider> out = new TreeMap<>();
    for (LanguageDetectorProvider p :
        ServiceLoader.load(LanguageDetectorProvider.class, LanguageDetectors.class.getClassLoader())) {
      out.putIfAbsent(p.name(), p);
    }
    return out;
  }
}
