package dev.assay.report.source;

import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import dev.assay.report.summary.Percent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows people look at, as one table every source builds the same way: the first column names
 * the file and record each row comes from ({@code qa/rejected.jsonl:17}), the other columns are the
 * source's; long texts are cut at {@link #MAX_CHARS} characters with "…" and their full length. The
 * renderers escape every cell, so a text holding markup shows as text.
 *
 * <pre>{@code
 * Examples ex = new Examples("qa_toxic_examples", "The most toxic rejected texts")
 *     .text("text", "Text").number("score", "Score", 3);
 * ex.add(Examples.where(runDir, "rejected.jsonl", 17), "You are an idiot.", 0.93);
 * Table t = ex.table();
 * }</pre>
 */
public final class Examples {
  /** Texts longer than this are cut. */
  public static final int MAX_CHARS = 240;

  private final String name;
  private final String caption;
  private final List<Column> columns = new ArrayList<>();
  private final List<List<Object>> rows = new ArrayList<>();

  /** An examples table named {@code name} (snake_case) with {@code caption}. */
  public Examples(String name, String caption) {
    this.name = name;
    this.caption = caption;
    columns.add(Column.text("record", "File:record"));
  }

  /** Adds a text column (its cells are cut to {@link #MAX_CHARS}). */
  public Examples text(String column, String label) {
    columns.add(Column.text(column, label));
    return this;
  }

  /** Adds a number column shown with {@code decimals} decimals. */
  public Examples number(String column, String label, int decimals) {
    columns.add(Column.number(column, label, "", decimals));
    return this;
  }

  /** Adds a row: where it comes from, then one cell per added column. */
  public Examples add(String where, Object... cells) {
    if (cells.length != columns.size() - 1) {
      throw new IllegalArgumentException("examples " + name + ": " + cells.length + " cells for " + (columns.size() - 1) + " columns");
    }
    List<Object> row = new ArrayList<>();
    row.add(where);
    for (Object c : cells) {
      row.add(c instanceof String s ? clip(s) : c);
    }
    rows.add(row);
    return this;
  }

  /** True when no row was added. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The table. */
  public Table table() {
    return new Table(name, caption, columns, rows);
  }

  /** "judge/judgments.jsonl:12": the run folder's name, the file and the record's line. */
  public static String where(Path runDir, String file, long line) {
    Path name = runDir.toAbsolutePath().normalize().getFileName();
    return (name == null ? "" : name + "/") + file + ":" + line;
  }

  /**
   * {@code text} on one line (line breaks and runs of spaces become one space) and, when longer
   * than {@link #MAX_CHARS}, cut at a word boundary with "… (1,234 characters)".
   */
  public static String clip(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.codePointCount(0, flat.length()) <= MAX_CHARS) {
      return flat;
    }
    int end = flat.offsetByCodePoints(0, MAX_CHARS);
    int space = flat.lastIndexOf(' ', end);
    if (space > MAX_CHARS / 2) {
      end = space;
    }
    return flat.substring(0, end).stripTrailing() + "\u2026 (" + Percent.count(flat.codePointCount(0, flat.length())) + " characters)";
  }
}
