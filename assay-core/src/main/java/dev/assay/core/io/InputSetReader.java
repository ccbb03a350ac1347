package dev.assay.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Streams the records of an {@link InputSet}: shard after shard, each record numbered as record
 * {@code index} of its file and {@code ordinal} of the whole set. Each shard is opened when the one
 * before it is exhausted (the first one at once, so a bad first file fails early) and closed after.
 * {@link #locate(long)} turns an ordinal back into its file and record index without keeping
 * anything per record, so findings keyed by ordinal can name "file, record".
 *
 * <pre>{@code
 * try (InputSetReader r = InputSet.expand(List.of("shards/")).open(null)) {
 *   InputRecord rec = r.next();          // rec.source(), rec.index(), rec.ordinal()
 *   InputSetReader.Location at = r.locate(rec.ordinal());
 * }
 * }</pre>
 */
public final class InputSetReader implements DatasetReader {
  /** A record's place: its file (as given) and 1-based record index in it. */
  public record Location(String file, long record) {
    @Override
    public String toString() {
      return file + " record " + record;
    }
  }

  private final InputSet set;
  private final String format;
  private final AtomicLong progress;
  private final List<ReadSummary> done = new ArrayList<>();
  private final long[] firstOrdinal;
  private int shard;
  private DatasetReader current;
  private long inFile;
  private long ordinal;
  private List<String> lastColumns;

  InputSetReader(InputSet set, String format, AtomicLong progress) {
    this.set = set;
    this.format = format;
    this.progress = progress;
    this.firstOrdinal = new long[set.files().size()];
    this.current = openShard(0);
    this.firstOrdinal[0] = 1;
  }

  private DatasetReader openShard(int i) {
    Path f = set.files().get(i);
    return Datasets.openOne(f, set.formatOf(f, format), progress);
  }

  /** The set being read. */
  public InputSet inputs() {
    return set;
  }

  @Override
  public InputRecord next() {
    PendingRecord p = nextPending();
    return p == null ? null : p.resolve();
  }

  @Override
  public PendingRecord nextPending() {
    while (current != null) {
      PendingRecord p = current.nextPending();
      if (p != null) {
        long idx = ++inFile;
        long ord = ++ordinal;
        return () -> p.resolve().numbered(idx, ord);
      }
      advance();
    }
    return null;
  }

  private void advance() {
    if (current.columns() != null) {
      lastColumns = current.columns();
    }
    done.add(current.summary());
    current.close();
    current = null;
    shard++;
    if (shard < set.files().size()) {
      firstOrdinal[shard] = ordinal + 1;
      inFile = 0;
      current = openShard(shard);
    }
  }

  /** The columns of the shard being read (CSV and TSV; the last one's at the end), else null. */
  @Override
  public List<String> columns() {
    List<String> c = current != null ? current.columns() : null;
    return c != null ? c : lastColumns;
  }

  /** The file and record index of the record numbered {@code ordinal} (already read). */
  public Location locate(long ordinal) {
    int lo = 0;
    int hi = Math.min(shard, firstOrdinal.length - 1);
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (firstOrdinal[mid] <= ordinal) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return new Location(set.files().get(lo).toString(), ordinal - firstOrdinal[lo] + 1);
  }

  /** The summaries of the shards read so far (the current one included). */
  public List<ReadSummary> summaries() {
    List<ReadSummary> all = new ArrayList<>(done);
    if (current != null) {
      all.add(current.summary());
    }
    return all;
  }

  /** Every shard's summary added up; the source names the first file (and how many more). */
  @Override
  public ReadSummary summary() {
    List<ReadSummary> all = summaries();
    if (all.size() == 1 && set.files().size() == 1) {
      return all.get(0);
    }
    long records = 0;
    long blank = 0;
    long bytes = 0;
    boolean compressed = false;
    List<String> truncations = new ArrayList<>();
    for (ReadSummary s : all) {
      records += s.records();
      blank += s.blankLines();
      bytes += Math.max(0, s.bytes());
      compressed |= s.compressed();
      if (s.truncated()) {
        truncations.add(s.truncation());
      }
    }
    return new ReadSummary(
        set.describe(), set.format(format), compressed, records, blank, bytes,
        truncations.isEmpty() ? null : String.join("; ", truncations));
  }

  @Override
  public void close() {
    if (current != null) {
      current.close();
      current = null;
    }
  }
}
