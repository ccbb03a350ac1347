package dev.assay.quality.heuristics;

import dev.assay.quality.Text;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Gopher repetition rules (Rae et al. 2021, table A1; defaults as in datatrove's
 * {@code GopherRepetitionFilter}). Lengths are in code points and fractions are of the whole text.
 * A threshold of 0 switches its rule off. Rules, in the order they are reported:
 *
 * <ul>
 *   <li>{@code dup_para_frac} / {@code dup_para_char_frac}: paragraphs (split at 2+ newlines) that
 *       repeat an earlier one, by count and by characters
 *   <li>{@code dup_line_frac} / {@code dup_line_char_frac}: the same for lines (split at newlines)
 *   <li>{@code top_<n>_gram}: characters covered by the most frequent word n-gram (ties go to the
 *       one seen first; its length counts single spaces between words), for each n in
 *       {@code top_ngrams}
 *   <li>{@code duplicated_<n>_n_grams}: characters in n-grams that repeat an earlier n-gram
 *       (scanning left to right and skipping past each repeat), for each n in {@code dup_ngrams}
 * </ul>
 *
 * <pre>{@code
 * GopherRepetition g = new GopherRepetition(0.3, 0.3, 0.2, 0.2, Map.of(2, 0.2), Map.of(5, 0.15));
 * boolean ok = g.check(record).passed();
 * }</pre>
 */
public record GopherRepetition(
    double dupLineFrac,
    double dupParaFrac,
    double dupLineCharFrac,
    double dupParaCharFrac,
    Map<Integer, Double> topNGrams,
    Map<Integer, Double> dupNGrams)
    implements RecordCheck {

  /** The name used in pipelines. */
  public static final String NAME = "gopher_repetition";

  private static final Pattern PARAGRAPHS = Pattern.compile("\n{2,}");
  private static final Pattern LINES = Pattern.compile("\n+");

  public GopherRepetition {
    Checks.fraction("dup_line_frac", dupLineFrac);
    Checks.fraction("dup_para_frac", dupParaFrac);
    Checks.fraction("dup_line_char_frac", dupLineCharFrac);
    Checks.fraction("dup_para_char_frac", dupParaCharFrac);
    topNGrams = sorted("top_ngrams", topNGrams);
    dupNGrams = sorted("dup_ngrams", dupNGrams);
  }

  /** The published thresholds: 0.3/0.3/0.2/0.2; top 2..4-grams 0.20/0.18/0.16; duplicate 5..10-grams 0.15..0.10. */
  public static GopherRepetition defaults() {
    return new GopherRepetition(0.3, 0.3, 0.2, 0.2,
        Map.of(2, 0.20, 3, 0.18, 4, 0.16),
        Map.of(5, 0.15, 6, 0.14, 7, 0.13, 8, 0.12, 9, 0.11, 10, 0.10));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Verdict check(QaRecord record) {
    String text = record.text();
    int textLen = Text.length(text);
    if (textLen == 0) {
      return Verdict.PASS;
    }
    List<Finding> out = new ArrayList<>(2);
    String[] paragraphs = PARAGRAPHS.split(Text.strip(text), -1);
    long[] dup = duplicates(paragraphs);
    ratio(out, "dup_para_frac", (double) dup[0] / paragraphs.length, dupParaFrac, "repeated paragraphs");
    ratio(out, "dup_para_char_frac", (double) dup[1] / textLen, dupParaCharFrac, "characters in repeated paragraphs");
    String[] lines = LINES.split(text, -1);
    dup = duplicates(lines);
    ratio(out, "dup_line_frac", (double) dup[0] / lines.length, dupLineFrac, "repeated lines");
    ratio(out, "dup_line_char_frac", (double) dup[1] / textLen, dupLineCharFrac, "characters in repeated lines");
    if (topNGrams.isEmpty() && dupNGrams.isEmpty()) {
      return verdict(out);
    }
    List<String> words = WordTokenizer.words(text);
    int[] ids = new int[words.size()];
    int[] lens = new int[words.size()];
    Map<String, Integer> vocab = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      String w = words.get(i);
      ids[i] = vocab.computeIfAbsent(w, k -> vocab.size());
      lens[i] = Text.length(w);
    }
    for (Map.Entry<Integer, Double> e : topNGrams.entrySet()) {
      int n = e.getKey();
      if (ids.length >= n) {
        double frac = (double) topNGramChars(ids, lens, n) / textLen;
        ratio(out, "top_" + n + "_gram", frac, e.getValue(), "characters in the most frequent " + n + "-gram");
      }
    }
    for (Map.Entry<Integer, Double> e : dupNGrams.entrySet()) {
      int n = e.getKey();
      double frac = (double) duplicateNGramChars(ids, lens, n) / textLen;
      ratio(out, "duplicated_" + n + "_n_grams", frac, e.getValue(), "characters in repeated " + n + "-grams");
    }
    return verdict(out);
  }

  private static Verdict verdict(List<Finding> out) {
    return out.isEmpty() ? Verdict.PASS : new Verdict(out, null);
  }

  private static void ratio(List<Finding> out, String rule, double value, double max, String what) {
    if (max > 0 && value > max) {
      out.add(Finding.of(NAME, rule, value, max, "fraction of " + what + " above the maximum"));
    }
  }

  /** Count of elements equal to an earlier one, and their total length in code points. */
  static long[] duplicates(String[] parts) {
    Set<String> seen = new HashSet<>();
    long count = 0;
    long chars = 0;
    for (String p : parts) {
      if (!seen.add(p)) {
        count++;
        chars += Text.length(p);
      }
    }
    return new long[] {count, chars};
  }

  /** Characters of the most frequent n-gram (first seen wins a tie) times its count. */
  static long topNGramChars(int[] ids, int[] lens, int n) {
    int windows = ids.length - n + 1;
    Map<NGram, int[]> counts = new HashMap<>(windows * 2);
    int best = 0;
    for (int i = 0; i < windows; i++) {
      int c = ++counts.computeIfAbsent(new NGram(ids, i, n), k -> new int[1])[0];
      best = Math.max(best, c);
    }
    for (int i = 0; i < windows; i++) {
      if (counts.get(new NGram(ids, i, n))[0] == best) {
        long chars = n - 1;
        for (int k = i; k < i + n; k++) {
          chars += lens[k];
        }
        return chars * best;
      }
    }
    return 0;
  }

  /** Characters (words joined without spaces) in n-grams that repeat an earlier n-gram. */
  static long duplicateNGramChars(int[] ids, int[] lens, int n) {
    Set<NGram> seen = new HashSet<>();
    long repeated = 0;
    int i = 0;
    while (i < ids.length - n + 1) {
      NGram g = new NGram(ids, i, n);
      if (seen.contains(g)) {
        for (int k = i; k < i + n; k++) {
          repeated += lens[k];
        }
        i += n;
      } else {
        seen.add(g);
        i++;
      }
    }
    return repeated;
  }

  private static Map<Integer, Double> sorted(String param, Map<Integer, Double> m) {
    SortedMap<Integer, Double> out = new TreeMap<>();
    if (m != null) {
      for (Map.Entry<Integer, Double> e : m.entrySet()) {
        if (e.getKey() == null || e.getKey() < 1) {
          throw new IllegalArgumentException(param + ": n-gram sizes must be >= 1, found " + e.getKey());
        }
        if (e.getValue() == null) {
          throw new IllegalArgumentException(param + ": missing threshold for n=" + e.getKey());
        }
        Checks.fraction(param + "." + e.getKey(), e.getValue());
        out.put(e.getKey(), e.getValue());
      }
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /** A window of word ids, compared by content; no copy is made. */
  private record NGram(int[] ids, int from, int n) {
    @Override
    public boolean equals(Object o) {
      return o instanceof NGram g && g.n == n
          && java.util.Arrays.equals(ids, from, from + n, g.ids, g.from, g.from + n);
    }

    @Override
    public int hashCode() {
      int h = 1;
      for (int k = from; k < from + n; k++) {
        h = 31 * h + ids[k];
      }
      return h;
    }
  }
}
