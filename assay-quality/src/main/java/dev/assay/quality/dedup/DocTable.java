package dev.assay.quality.dedup;

import java.util.Arrays;
import tools.jackson.databind.JsonNode;

/**
 * What a dedup session remembers about each record it saw, in arrival order: the 1-based input
 * line, the text length and (when a score field is named) the score. 16 bytes per record at most;
 * never the text.
 *
 * <pre>{@code
 * DocTable docs = new DocTable("quality");
 * int i = docs.add(record.line(), record.text().length(), record.value());
 * long line = docs.line(i);
 * }</pre>
 */
public final class DocTable {
  private final String scoreField;
  private long[] lines = new long[1024];
  private int[] lengths = new int[1024];
  private double[] scores;
  private int size;

  /** A table; {@code scoreField} may be null when no policy needs scores. */
  public DocTable(String scoreField) {
    this.scoreField = scoreField;
    this.scores = scoreField == null ? null : new double[1024];
  }

  /** Appends a record and returns its index (0-based arrival order). */
  public int add(long line, int length, JsonNode value) {
    if (size == lines.length) {
      int cap = size + (size >> 1) + 16;
      lines = Arrays.copyOf(lines, cap);
      lengths = Arrays.copyOf(lengths, cap);
      if (scores != null) {
        scores = Arrays.copyOf(scores, cap);
      }
    }
    lines[size] = line;
    lengths[size] = length;
    if (scores != null) {
      scores[size] = scoreOf(value, scoreField);
    }
    return size++;
  }

  /** Records added. */
  public int size() {
    return size;
  }

  /** The 1-based input line of record {@code i}. */
  public long line(int i) {
    return lines[i];
  }

  /** The text length of record {@code i}. */
  public int length(int i) {
    return lengths[i];
  }

  /** The score of record {@code i}, NaN when missing or when no score field is named. */
  public double score(int i) {
    return scores == null ? Double.NaN : scores[i];
  }

  /** True when record {@code b} (later) should be kept instead of {@code a} under {@code policy}. */
  public boolean replaces(KeepPolicy policy, int a, int b) {
    return policy.replaces(length(a), score(a), length(b), score(b));
  }

  /** Reads a numeric field (a number, or a string holding one); NaN when absent or not numeric. */
  static double scoreOf(JsonNode value, String field) {
    if (value == null || field == null) {
      return Double.NaN;
    }
    JsonNode n = value.get(field);
    if (n == null) {
      return Double.NaN;
    }
    if (n.isNumber()) {
      return n.asDouble();
    }
    if (n.isString()) {
      try {
        return Double.parseDouble(n.asString().trim());
      } catch (NumberFormatException e) {
        return Double.NaN;
      }
    }
    return Double.NaN;
  }
}
