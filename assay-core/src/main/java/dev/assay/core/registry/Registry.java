package dev.assay.core.registry;

import dev.assay.core.AssayInputException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Named things of one kind (checks, judges, ...): name -> entry, sorted by name, with the lookup
 * error every registry gives: an unknown name lists the known ones and suggests the closest when
 * it is a likely typo. Entries usually come from {@link ServiceLoader} providers ({@link #load}),
 * each of which contributes a map of names.
 *
 * <pre>{@code
 * Registry<Class<? extends Check>> checks =
 *     Registry.load("check", CheckProvider.class, CheckProvider::checks);
 * checks.get("gopher_qualty");
 * // AssayInputException: unknown check 'gopher_qualty': expected one of c4, ..., gopher_quality, ...;
 * //   did you mean 'gopher_quality'?
 * }</pre>
 *
 * @param <T> what a name stands for (a class, a factory, ...)
 */
public final class Registry<T> {
  private final String kind;
  private final Map<String, T> entries;

  /** A registry of {@code kind} (a noun for messages, e.g. {@code "judge"}) over {@code entries}. */
  public Registry(String kind, Map<String, ? extends T> entries) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
  }

  /**
   * Collects the entries of every {@code provider} on the class path (through the provider type's
   * class loader). The same name from two providers with different entries is an error; the same
   * entry twice is not.
   */
  public static <P, T> Registry<T> load(String kind, Class<P> provider, Function<P, Map<String, ? extends T>> entriesOf) {
    Map<String, T> out = new TreeMap<>();
    for (P p : ServiceLoader.load(provider, provider.getClassLoader())) {
      for (Map.Entry<String, ? extends T> e : entriesOf.apply(p).entrySet()) {
        T prev = out.putIfAbsent(e.getKey(), e.getValue());
        if (prev != null && !prev.equals(e.getValue())) {
          throw new IllegalStateException(
              kind + " name '" + e.getKey() + "' registered twice: " + prev + ", " + e.getValue());
        }
      }
    }
    return new Registry<>(kind, out);
  }

  /** The noun used in messages. */
  public String kind() {
    return kind;
  }

  /** Every entry by name, sorted, unmodifiable. */
  public Map<String, T> all() {
    return entries;
  }

  /** The names, sorted. */
  public Set<String> names() {
    return entries.keySet();
  }

  /** True when {@code name} is registered. */
  public boolean contains(String name) {
    return entries.containsKey(name);
  }

  /** The entry of {@code name}; an unknown name is an {@link AssayInputException} listing the known ones. */
  public T get(String name) {
    T t = entries.get(name);
    if (t == null) {
      throw new AssayInputException(unknown(name));
    }
    return t;
  }

  /** The names whose entries satisfy {@code test}, sorted. */
  public java.util.List<String> namesWhere(Predicate<? super T> test) {
    return entries.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey).toList();
  }

  /** The message for an unknown {@code name}: the known names and, when one is close, a suggestion. */
  public String unknown(String name) {
    return "unknown " + kind + " '" + name + "': expected one of " + String.join(", ", entries.keySet())
        + didYouMean(name, entries.keySet());
  }

  /**
   * {@code "; did you mean 'x'?"} when one of {@code known} is within a small edit distance of
   * {@code given} (at most a third of its length, at least 1, ignoring case), else {@code ""}.
   */
  public static String didYouMean(String given, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String g = given.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = distance(g, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    int limit = Math.max(1, given.length() / 3);
    return best != null && bestDistance > 0 && bestDistance <= limit ? "; did you mean '" + best + "'?" : "";
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }
}
