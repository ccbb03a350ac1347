package dev.assay.quality.heuristics;

import dev.assay.quality.Text;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gopher quality rules (Rae et al. 2021, "Scaling Language Models", appendix A; thresholds as
 * published with datatrove's {@code GopherQualityFilter}). Words come from {@link WordTokenizer};
 * "non-symbol words" are tokens with at least one character that is not punctuation. A threshold
 * of 0 switches its rule off. Every failing rule yields a finding, in this order:
 *
 * <ul>
 *   <li>{@code short_doc} / {@code long_doc}: non-symbol words outside [min_doc_words, max_doc_words]
 *   <li>{@code below_avg_word_length} / {@code above_avg_word_length}: mean length of non-symbol words
 *   <li>{@code hash_ratio} / {@code ellipsis_ratio}: occurrences of '#' or of "..."/"…" per word
 *   <li>{@code bullet_lines_ratio}: lines starting with '•' or '-'; {@code ellipsis_lines_ratio}:
 *       lines ending with "..." or "…"
 *   <li>{@code alpha_words_ratio}: share of words holding an alphabetic character, below the minimum
 *   <li>{@code stop_words}: distinct stop words present, below the minimum
 * </ul>
 *
 * <pre>{@code
 * Verdict v = GopherQuality.defaults().check(new QaRecord(1, "1", null, text));
 * }</pre>
 */
public record GopherQuality(
    int minDocWords,
    int maxDocWords,
    double minAvgWordLength,
    double maxAvgWordLength,
    double maxSymbolWordRatio,
    double maxBulletLinesRatio,
    double maxEllipsisLinesRatio,
    double minAlphaWordsRatio,
    int minStopWords,
    List<String> stopWords)
    implements RecordCheck {

  /** The name used in pipelines. */
  public static final String NAME = "gopher_quality";

  public GopherQuality {
    Checks.nonNegative("min_doc_words", minDocWords);
    Checks.nonNegative("max_doc_words", maxDocWords);
    Checks.nonNegative("min_avg_word_length", minAvgWordLength);
    Checks.nonNegative("max_avg_word_length", maxAvgWordLength);
    Checks.nonNegative("max_symbol_word_ratio", maxSymbolWordRatio);
    Checks.fraction("max_bullet_lines_ratio", maxBulletLinesRatio);
    Checks.fraction("max_ellipsis_lines_ratio", maxEllipsisLinesRatio);
    Checks.fraction("min_alpha_words_ratio", minAlphaWordsRatio);
    Checks.nonNegative("min_stop_words", minStopWords);
    if (maxDocWords > 0 && minDocWords > maxDocWords) {
      throw new IllegalArgumentException(
          "min_doc_words (" + minDocWords + ") must not exceed max_doc_words (" + maxDocWords + ")");
    }
    stopWords = List.copyOf(stopWords == null ? List.of() : stopWords);
  }

  /** The published defaults: 50..100,000 words, mean length 3..10, ratios 0.1/0.9/0.3/0.8, 2 stop words. */
  public static GopherQuality defaults() {
    return new GopherQuality(50, 100_000, 3, 10, 0.1, 0.9, 0.3, 0.8, 2,
        List.of("the", "be", "to", "of", "and", "that", "have", "with"));
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Verdict check(QaRecord record) {
    String text = record.text();
    List<String> words = WordTokenizer.words(text);
    List<Finding> out = new ArrayList<>(2);
    int nWords = words.size();
    int nonSymbol = 0;
    long nonSymbolChars = 0;
    int alpha = 0;
    Set<String> stops = new HashSet<>();
    for (String w : words) {
      if (!Text.isAllPunctuation(w)) {
        nonSymbol++;
        nonSymbolChars += Text.length(w);
      }
      if (Text.hasAlpha(w)) {
        alpha++;
      }
      if (minStopWords > 0 && stopWords.contains(w)) {
        stops.add(w);
      }
    }
    if (minDocWords > 0 && nonSymbol < minDocWords) {
      out.add(finding("short_doc", nonSymbol, minDocWords, "fewer non-symbol words than the minimum"));
    }
    if (maxDocWords > 0 && nonSymbol > maxDocWords) {
      out.add(finding("long_doc", nonSymbol, maxDocWords, "more non-symbol words than the maximum"));
    }
    if (nWords == 0) {
      return out.isEmpty() ? Verdict.PASS : new Verdict(out, null);
    }
    if (nonSymbol > 0) {
      double mean = (double) nonSymbolChars / nonSymbol;
      if (minAvgWordLength > 0 && mean < minAvgWordLength) {
        out.add(finding("below_avg_word_length", mean, minAvgWordLength, "mean word length below the minimum"));
      }
      if (maxAvgWordLength > 0 && mean > maxAvgWordLength) {
        out.add(finding("above_avg_word_length", mean, maxAvgWordLength, "mean word length above the maximum"));
      }
    }
    if (maxSymbolWordRatio > 0) {
      double hashes = (double) count(text, "#") / nWords;
      if (hashes > maxSymbolWordRatio) {
        out.add(finding("hash_ratio", hashes, maxSymbolWordRatio, "'#' per word above the maximum"));
      }
      double ellipses = (double) (count(text, "...") + count(text, "\u2026")) / nWords;
      if (ellipses > maxSymbolWordRatio) {
        out.add(finding("ellipsis_ratio", ellipses, maxSymbolWordRatio, "ellipses per word above the maximum"));
      }
    }
    List<String> lines = Text.splitLines(text);
    if (!lines.isEmpty() && (maxBulletLinesRatio > 0 || maxEllipsisLinesRatio > 0)) {
      int bullets = 0;
      int ellipsisEnds = 0;
      for (String line : lines) {
        String s = Text.strip(line);
        if (s.startsWith("\u2022") || s.startsWith("-")) {
          bullets++;
        }
        if (s.endsWith("...") || s.endsWith("\u2026")) {
          ellipsisEnds++;
        }
      }
      double b = (double) bullets / lines.size();
      if (maxBulletLinesRatio > 0 && b > maxBulletLinesRatio) {
        out.add(finding("bullet_lines_ratio", b, maxBulletLinesRatio, "share of lines starting with a bullet above the maximum"));
      }
      double e = (double) ellipsisEnds / lines.size();
      if (maxEllipsisLinesRatio > 0 && e > maxEllipsisLinesRatio) {
        out.add(finding("ellipsis_lines_ratio", e, maxEllipsisLinesRatio, "share of lines ending with an ellipsis above the maximum"));
      }
    }
    double alphaRatio = (double) alpha / nWords;
    if (minAlphaWordsRatio > 0 && alphaRatio < minAlphaWordsRatio) {
      out.add(finding("alpha_words_ratio", alphaRatio, minAlphaWordsRatio, "share of words with a letter below the minimum"));
    }
    if (minStopWords > 0 && stops.size() < minStopWords) {
      out.add(finding("stop_words", stops.size(), minStopWords, "fewer distinct stop words than the minimum"));
    }
    return out.isEmpty() ? Verdict.PASS : new Verdict(out, null);
  }

  private Finding finding(String rule, double value, double threshold, String detail) {
    return Finding.of(NAME, rule, value, threshold, detail);
  }

  /** Non-overlapping occurrences of {@code needle}, as Python's {@code str.count}. */
  static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
