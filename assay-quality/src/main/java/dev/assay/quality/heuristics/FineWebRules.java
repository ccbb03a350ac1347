package dev.assay.quality.heuristics;

import dev.assay.quality.Text;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * FineWeb's own quality rules (Penedo et al. 2024; defaults as in datatrove's
 * {@code FineWebQualityFilter}), over the non-blank lines of the text:
 *
 * <ul>
 *   <li>{@code empty}: no non-blank line at all
 *   <li>{@code line_punct_ratio}: share of lines ending in terminal punctuation, below
 *       {@code line_punct_thr} (a ratio of exactly 0 is let through when
 *       {@code line_punct_exclude_zero} is set)
 *   <li>{@code short_line_ratio}: share of lines of at most {@code short_line_length} characters,
 *       above {@code short_line_thr}
 *   <li>{@code char_dup_ratio}: characters in lines repeating an earlier line, over all characters
 *       except newlines, above {@code char_duplicates_ratio}
 *   <li>{@code list_ratio}: newlines per word, above {@code new_line_ratio}
 * </ul>
 *
 * <pre>{@code
 * FineWebRules fw = new FineWebRules(0.12, false, 0.67, 30, 0.01, 0.3);
 * List<Finding> why = fw.check(record).findings();
 * }</pre>
 */
public record FineWebRules(
    double linePunctThr,
    boolean linePunctExcludeZero,
    double shortLineThr,
    int shortLineLength,
    double charDuplicatesRatio,
    double newLineRatio)
    implements RecordCheck {

  /** The name used in pipelines. */
  public static final String NAME = "fineweb";

  public FineWebRules {
    Checks.fraction("line_punct_thr", linePunctThr);
    Checks.fraction("short_line_thr", shortLineThr);
    Checks.nonNegative("short_line_length", shortLineLength);
    Checks.fraction("char_duplicates_ratio", charDuplicatesRatio);
    Checks.nonNegative("new_line_ratio", newLineRatio);
  }

  /** FineWeb's published thresholds: 0.12, 0.67 of lines up to 30 characters, 0.01, 0.3. */
  public static FineWebRules defaults() {
    return new FineWebRules(0.12, false, 0.67, 30, 0.01, 0.3);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Verdict check(QaRecord record) {
    String text = record.text();
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (!Text.isBlank(line)) {
        lines.add(line);
      }
    }
    if (lines.isEmpty()) {
      return new Verdict(List.of(Finding.of(NAME, "empty", 0, 1, "no non-blank line")), null);
    }
    List<Finding> out = new ArrayList<>(2);
    int punct = 0;
    int shortLines = 0;
    for (String line : lines) {
      if (Text.endsWithTerminal(line)) {
        punct++;
      }
      if (Text.length(line) <= shortLineLength) {
        shortLines++;
      }
    }
    double ratio = (double) punct / lines.size();
    if (ratio < linePunctThr && !(ratio == 0 && linePunctExcludeZero)) {
      out.add(Finding.of(NAME, "line_punct_ratio", ratio, linePunctThr,
          "share of lines ending in terminal punctuation below the minimum"));
    }
    ratio = (double) shortLines / lines.size();
    if (ratio > shortLineThr) {
      out.add(Finding.of(NAME, "short_line_ratio", ratio, shortLineThr,
          "share of lines of at most " + shortLineLength + " characters above the maximum"));
    }
    long dupChars = GopherRepetition.duplicates(lines.toArray(String[]::new))[1];
    int newlines = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        newlines++;
      }
    }
    ratio = (double) dupChars / (Text.length(text) - newlines);
    if (ratio > charDuplicatesRatio) {
      out.add(Finding.of(NAME, "char_dup_ratio", ratio, charDuplicatesRatio,
          "share of characters in repeated lines above the maximum"));
    }
    int words = WordTokenizer.words(text).size();
    ratio = words == 0 ? Double.POSITIVE_INFINITY : (double) newlines / words;
    if (ratio > newLineRatio) {
      out.add(Finding.of(NAME, "list_ratio", ratio, newLineRatio, "newlines per word above the maximum"));
    }
    return out.isEmpty() ? Verdict.PASS : new Verdict(out, null);
  }
}
