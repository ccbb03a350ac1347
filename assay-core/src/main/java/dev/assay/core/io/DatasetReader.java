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

  /** What was read so far: blank lines, bytes, and any error that ended the input early. */
  ReadSummary summary();

  @Override
  void close();
}
