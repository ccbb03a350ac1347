package dev.assay.quality.heuristics;

import dev.assay.quality.Text;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Bounds on the length of the text, in characters (Unicode code points) and in words (runs of
 * non-white-space). A bound of 0 is not checked, so the defaults check nothing; set the ones you
 * need. Rules: {@code min_chars}, {@code max_chars}, {@code min_words}, {@code max_words}.
 *
 * <pre>{@code
 * Check c = CheckRegistry.create("length", Json.MAPPER.readTree("{\"min_words\": 5, \"max_chars\": 20000}"));
 * }</pre>
 */
public record LengthCheck(long minChars, long maxChars, long minWords, long maxWords) implements RecordCheck {

  /** The name used in pipelines. */
  public static final String NAME = "length";

  public LengthCheck {
    Checks.nonNegative("min_chars", minChars);
    Checks.nonNegative("max_chars", maxChars);
    Checks.nonNegative("min_words", minWords);
    Checks.nonNegative("max_words", maxWords);
    if (maxChars > 0 && minChars > maxChars) {
      throw new IllegalArgumentException("min_chars (" + minChars + ") must not exceed max_chars (" + maxChars + ")");
    }
    if (maxWords > 0 && minWords > maxWords) {
      throw new IllegalArgumentException("min_words (" + minWords + ") must not exceed max_words (" + maxWords + ")");
    }
  }

  /** No bounds (every bound 0). */
  public static LengthCheck defaults() {
    return new LengthCheck(0, 0, 0, 0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Verdict check(QaRecord record) {
    String text = record.text();
    long chars = 0;
    long words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      chars++;
      boolean space = Text.isSpace(cp);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
      i += Character.charCount(cp);
    }
    List<Finding> out = new ArrayList<>(1);
    if (minChars > 0 && chars < minChars) {
      out.add(Finding.of(NAME, "min_chars", chars, minChars, "fewer characters than the minimum"));
    }
    if (maxChars > 0 && chars > maxChars) {
      out.add(Finding.of(NAME, "max_chars", chars, maxChars, "more characters than the maximum"));
    }
    if (minWords > 0 && words < minWords) {
      out.add(Finding.of(NAME, "min_words", words, minWords, "fewer words than the minimum"));
    }
    if (maxWords > 0 && words > maxWords) {
      out.add(Finding.of(NAME, "max_words", words, maxWords, "more words than the maximum"));
    }
    return out.isEmpty() ? Verdict.PASS : new Verdict(out, null);
  }
}
