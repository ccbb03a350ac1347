package dev.assay.core.io;

/**
 * A stream of records from one data set, read in constant memory. Every record of the input comes
 * out exactly once, parsed or with its parse error; blank lines are counted, not returned.
 *
 * <pre>{@code
 * try (DatasetReader in = Datasets.open(Path.of("train.jsonl.gz"))) {
 *   for (InputRecord r; (r = in.next()) != null; ) ...
 *   ReadSummary s = in.summary();
 * }
 * }</pre>
 */
public interface DatasetReader extends AutoCloseable {

  /** The next record, or {@code null} when the input is exhausted. */
  InputRecord next();

  /**
   * The next record, possibly still unparsed so that the caller can parse on another thread; or
   * {@code null} at the end. Readers that must parse to find record boundaries return parsed ones.
   */
  default PendingRecord nextPending() {
    InputRecord r = next();
    return r == null ? null : () -> r;
  }

  /**
   * The column names of a table format (CSV, TSV) in header order, after the first {@link #next()};
   * {@code null} for formats without a header.
   */
  default java.util.List<String> columns() {
    return null;
  }

  /** What was read so far: blank lines, bytes, and any error that ended the input early. */
  ReadSummary summary();

  @Override
  void close();
}
