package dev.assay.quality.heuristics;

import dev.assay.quality.Text;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.List;

/**
 * Flags records whose text is empty or only white space, where white space is any Unicode space
 * (U+00A0 no-break space, U+2000..U+200A, U+3000 ideographic space, line and paragraph
 * separators), C0 separators, and the invisible U+200B zero-width space and U+FEFF byte-order
 * mark. Rule {@code non_space_chars}: fewer than {@code min_non_space_chars} other characters
 * (default 1: flag only text with nothing visible).
 *
 * <pre>{@code
 * new EmptyCheck(1).check(new QaRecord(3, "3", null, "\u00a0\u2003\n")).passed();   // false
 * }</pre>
 */
public record EmptyCheck(int minNonSpaceChars) implements RecordCheck {

  /** The name used in pipelines. */
  public static final String NAME = "empty";

  public EmptyCheck {
    Checks.positive("min_non_space_chars", minNonSpaceChars);
  }

  /** Flags text with no visible character. */
  public static EmptyCheck defaults() {
    return new EmptyCheck(1);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Verdict check(QaRecord record) {
    String text = record.text();
    int visible = 0;
    for (int i = 0; i < text.length() && visible < minNonSpaceChars; ) {
      int cp = text.codePointAt(i);
      if (!Text.isSpace(cp)) {
        visible++;
      }
      i += Character.charCount(cp);
    }
    if (visible >= minNonSpaceChars) {
      return Verdict.PASS;
    }
    String detail = text.isEmpty() ? "empty text" : "only white space (" + text.length() + " chars)";
    if (minNonSpaceChars > 1 && visible > 0) {
      detail = "fewer visible characters than the minimum";
    }
    return new Verdict(List.of(Finding.of(NAME, "non_space_chars", visible, minNonSpaceChars, detail)), null);
  }
}
