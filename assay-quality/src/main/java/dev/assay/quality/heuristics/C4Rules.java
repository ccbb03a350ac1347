package dev.assay.quality.heuristics;

import dev.assay.quality.Text;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * C4 cleaning rules (Raffel et al. 2020, section 2.2; defaults as in datatrove's
 * {@code C4QualityFilter}). C4 works on lines: a line is dropped when a word is longer than
 * {@code max_word_length}, when it does not end in terminal punctuation ({@code . ? ! " '}, but not
 * "..."), when it has fewer than {@code min_words_per_line} words, when it mentions "javascript", or
 * when it holds a cookie or terms-of-use phrase. Wikipedia-style citations ({@code [12]},
 * {@code [edit]}, {@code [citation needed]}) are removed from lines first.
 *
 * <p><b>Edit or reject.</b> Dropping lines is an edit, not a rejection: when the document passes,
 * the verdict has no findings and, if any line was dropped or changed, {@link Verdict#redactedText()}
 * holds the kept lines joined by newlines (set {@code edit_lines: false} to leave the text alone and
 * only judge it). The whole document is rejected, with a finding, when it contains "lorem ipsum"
 * ({@code lorem_ipsum}) or a curly bracket ({@code curly_bracket}) on a kept line, or when its kept
 * lines hold fewer than {@code min_num_sentences} sentences ({@code too_few_sentences}). Set a count
 * to -1 to switch its rule off.
 *
 * <pre>{@code
 * Verdict v = C4Rules.defaults().check(record);
 * String cleaned = v.passed() && v.redactedText() != null ? v.redactedText() : record.text();
 * }</pre>
 */
public record C4Rules(
    boolean removeCitations,
    boolean filterNoTerminalPunct,
    int minNumSentences,
    int minWordsPerLine,
    int maxWordLength,
    boolean filterLoremIpsum,
    boolean filterJavascript,
    boolean filterCurlyBracket,
    boolean filterPolicy,
    boolean editLines)
    implements RecordCheck {

  /** The name used in pipelines. */
  public static final String NAME = "c4";

  private static final Pattern CITATION = Pattern.compile("\\[\\d*]|\\[edit]|\\[citation needed]");
  private static final String[] POLICY = {
    "terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies"
  };

  public C4Rules {
    atLeastMinusOne("min_num_sentences", minNumSentences);
    atLeastMinusOne("min_words_per_line", minWordsPerLine);
    atLeastMinusOne("max_word_length", maxWordLength);
  }

  /** C4's rules as published: 5 sentences, 3 words per line, words up to 1,000 characters, every filter on. */
  public static C4Rules defaults() {
    return new C4Rules(true, true, 5, 3, 1000, true, true, true, true, true);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Verdict check(QaRecord record) {
    String text = record.text();
    List<String> kept = new ArrayList<>();
    int sentences = 0;
    for (String raw : Text.splitLines(text)) {
      String line = Text.strip(raw);
      int words = 0;
      boolean tooLong = false;
      int wordLen = 0;
      for (int i = 0; i <= line.length(); ) {
        int cp = i < line.length() ? line.codePointAt(i) : ' ';
        if (Text.isSpace(cp)) {
          if (wordLen > 0) {
            words++;
            tooLong |= maxWordLength != -1 && wordLen > maxWordLength;
          }
          wordLen = 0;
        } else {
          wordLen++;
        }
        i += i < line.length() ? Character.charCount(cp) : 1;
      }
      if (tooLong) {
        continue;
      }
      if (removeCitations) {
        line = CITATION.matcher(line).replaceAll("");
      }
      if (filterNoTerminalPunct && (!endsTerminal(line) || line.endsWith("..."))) {
        continue;
      }
      if (words < minWordsPerLine) {
        continue;
      }
      String lower = line.toLowerCase(Locale.ROOT);
      if (filterLoremIpsum && lower.contains("lorem ipsum")) {
        return reject("lorem_ipsum", 1, 0, "the document contains \"lorem ipsum\"");
      }
      if (filterJavascript && lower.contains("javascript")) {
        continue;
      }
      if (filterCurlyBracket && line.indexOf('{') >= 0) {
        return reject("curly_bracket", 1, 0, "the document contains a curly bracket");
      }
      if (filterPolicy && containsPolicy(lower)) {
        continue;
      }
      if (minNumSentences != -1) {
        sentences += WordTokenizer.countSentences(WordTokenizer.words(line));
      }
      kept.add(line);
    }
    if (sentences < minNumSentences) {
      return reject("too_few_sentences", sentences, minNumSentences, "fewer sentences in kept lines than the minimum");
    }
    if (!editLines) {
      return Verdict.PASS;
    }
    String cleaned = Text.strip(String.join("\n", kept));
    return cleaned.equals(text) ? Verdict.PASS : new Verdict(List.of(), cleaned);
  }

  private static boolean endsTerminal(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(line.length() - 1);
    return c == '.' || c == '?' || c == '!' || c == '"' || c == '\'';
  }

  private static boolean containsPolicy(String lower) {
    for (String p : POLICY) {
      if (lower.contains(p)) {
        return true;
      }
    }
    return false;
  }

  private static Verdict reject(String rule, double value, double threshold, String detail) {
    return new Verdict(List.of(Finding.of(NAME, rule, value, threshold, detail)), null);
  }

  private static void atLeastMinusOne(String param, int value) {
    if (value < -1) {
      throw new IllegalArgumentException(param + " must be >= 0, or -1 to switch the rule off; found " + value);
    }
  }
}
