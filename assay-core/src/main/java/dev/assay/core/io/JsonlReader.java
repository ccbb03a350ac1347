package dev.assay.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads JSON Lines (one JSON value per physical line), gzipped or not. Blank lines are counted and
 * skipped; a line that does not parse (malformed JSON, invalid UTF-8, a truncated last line) comes
 * out as a failed {@link InputRecord} with its line number and original bytes.
 *
 * <pre>{@code
 * try (DatasetReader r = new JsonlReader("train.jsonl", InputFiles.open(path), false)) { ... }
 * }</pre>
 */
public final class JsonlReader implements DatasetReader {
  private final String source;
  private final LineReader lines;
  private final boolean compressed;
  private long records;
  private long blank;

  public JsonlReader(String source, InputStream in, boolean compressed) {
    this.source = source;
    this.lines = new LineReader(in);
    this.compressed = compressed;
  }

  @Override
  public InputRecord next() {
    PendingRecord p = nextPending();
    return p == null ? null : p.resolve();
  }

  @Override
  public PendingRecord nextPending() {
    LineReader.RawLine line;
    while ((line = lines.next()) != null) {
      if (line.isBlank()) {
        blank++;
        continue;
      }
      records++;
      LineReader.RawLine l = line;
      if (!line.terminated() && lines.failure() != null) {
        String why =
            source + ":" + line.number() + ": the input ended early (" + lines.failure().getMessage()
                + "); this last line may be incomplete";
        return () -> {
          InputRecord r = Json.parseRecord(source, l.number(), l.bytes());
          return InputRecord.failed(
              source, l.number(), l.bytes(), r.parsed() ? why : why + "; " + r.error());
        };
      }
      return () -> Json.parseRecord(source, l.number(), l.bytes());
    }
    return null;
  }

  @Override
  public ReadSummary summary() {
    IOException f = lines.failure();
    return new ReadSummary(
        source,
        "jsonl",
        compressed,
        records,
        blank,
        lines.bytesRead(),
        f == null ? null : "input ended early after line " + lines.lineNumber() + ": " + f.getMessage());
  }

  @Override
  public void close() {
    try {
      lines.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
