package dev.assay.core.io;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;

/**
 * One record as read from a data set: where it came from ({@code source:line}), which record of its
 * file it is ({@code index}, 1-based, counting records not lines, so the three elements of a one-line
 * JSON array are records 1, 2 and 3), its place in the whole input set ({@code ordinal}, 1-based
 * across every shard: the key checks use), its original bytes, and either its parsed JSON value or
 * the reason it could not be parsed. A record that failed to parse is never dropped: it travels on
 * with its error so it can be quarantined.
 *
 * <pre>{@code
 * InputRecord r = reader.next();
 * if (r.parsed()) use(r.value()); else quarantine(r.line(), r.error(), r.raw());
 * }</pre>
 *
 * @param source the input's path as the user gave it
 * @param line 1-based physical line where the record starts (row number for Parquet)
 * @param raw the record's original bytes (for JSONL exactly the line without its terminator)
 * @param value the parsed value, or {@code null} when parsing failed
 * @param error a human sentence saying why parsing failed, or {@code null}
 * @param index 1-based record number within {@code source} (0 when the reader did not number it)
 * @param ordinal 1-based record number across every file of the input set (0 when not numbered)
 */
public record InputRecord(
    String source, long line, byte[] raw, JsonNode value, String error, long index, long ordinal) {

  /** A record not numbered yet (readers number them through {@link #numbered}). */
  public InputRecord(String source, long line, byte[] raw, JsonNode value, String error) {
    this(source, line, raw, value, error, 0, 0);
  }

  /** This record as record {@code index} of its file and {@code ordinal} of the input set. */
  public InputRecord numbered(long index, long ordinal) {
    return new InputRecord(source, line, raw, value, error, index, ordinal);
  }

  /**
   * The key that identifies this record in its input set: the ordinal when numbered, else the line
   * (for readers used on their own).
   */
  public long key() {
    return ordinal > 0 ? ordinal : line;
  }

  /** A record that parsed. */
  public static InputRecord ok(String source, long line, byte[] raw, JsonNode value) {
    return new InputRecord(source, line, raw, value, null);
  }

  /** A record that did not parse, with the reason. */
  public static InputRecord failed(String source, long line, byte[] raw, String error) {
    return new InputRecord(source, line, raw, null, error);
  }

  /** True when the value parsed. */
  public boolean parsed() {
    return value != null;
  }

  /** {@code source:line}, the prefix of every message about this record. */
  public String location() {
    return source + ":" + line;
  }

  /** The raw bytes as text when they are valid UTF-8, else {@code null}. */
  public String rawText() {
    return Utf8.isValid(raw) ? new String(raw, StandardCharsets.UTF_8) : null;
  }
}
