package dev.assay.core.io;

/**
 * What a {@link DatasetReader} saw besides its records.
 *
 * <pre>{@code
 * ReadSummary s = reader.summary();
 * if (s.truncated()) System.err.println(s.source() + ": " + s.truncation());
 * }</pre>
 *
 * @param source the input's path as given
 * @param format the format read (jsonl, json, csv, parquet)
 * @param compressed whether the input was gzipped
 * @param records records returned (parsed or not)
 * @param blankLines blank or whitespace-only lines skipped (not records)
 * @param bytes decompressed bytes consumed
 * @param truncation why the input ended early (e.g. truncated gzip), or {@code null}
 */
public record ReadSummary(
    String source,
    String format,
    boolean compressed,
    long records,
    long blankLines,
    long bytes,
    String truncation) {

  /** True when the input ended early; its last record may be partial and is then quarantined. */
  public boolean truncated() {
    return truncation != null;
  }
}
