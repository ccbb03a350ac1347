package dev.assay.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * Reads a CSV (or TSV, or any one-character separator) file with a header row into one JSON object
 * per row; the one CSV reader of Assay (data sets, benchmark tables and the {@code stats} commands
 * all read through it). Cells become JSON values by a
 * fixed, documented rule: an empty cell is an absent field; {@code true}/{@code false} become
 * booleans; a cell that is exactly a JSON number (so not {@code 007} or {@code 1e}) becomes a
 * number; everything else stays a string. Quoted fields may span lines; a row's line is the line
 * where it starts. A row with more or fewer cells than the header is a failed record (its raw bytes
 * are the CSV text); a parsed row's raw bytes are its JSON object.
 *
 * <pre>{@code
 * try (DatasetReader r = new CsvReader("ratings.csv", InputFiles.open(path), false)) { ... }
 * }</pre>
 */
public final class CsvReader implements DatasetReader {
  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
  private static final CsvMapper CSV_OUT = new CsvMapper();

  private final String source;
  private final boolean compressed;
  private final char separator;
  private final Reader reader;
  private MappingIterator<String[]> rows;
  private String[] header;
  private long records;
  private long blank;
  private String truncation;
  private boolean done;

  /** A comma-separated reader. */
  public CsvReader(String source, InputStream in, boolean compressed) {
    this(source, in, compressed, ',');
  }

  /** A reader for {@code separator}-separated values ({@code '\t'} for TSV). */
  public CsvReader(String source, InputStream in, boolean compressed, char separator) {
    this.source = source;
    this.compressed = compressed;
    this.separator = separator;
    this.reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  @Override
  public java.util.List<String> columns() {
    return header == null ? null : java.util.List.of(header);
  }

  /** The header's column names (after the first call to {@link #next()}). */
  public String[] header() {
    return header == null ? null : header.clone();
  }

  @Override
  public InputRecord next() {
    if (done) {
      return null;
    }
    long line = 1;
    try {
      if (rows == null) {
        rows =
            CSV.readerFor(String[].class)
                .with(CSV.schema().withColumnSeparator(separator))
                .readValues(reader);
        if (!rows.hasNextValue()) {
          done = true;
          return null;
        }
        header = stripBom(rows.nextValue());
      }
      while (true) {
        line = rows.currentLocation().getLineNr();
        if (!rows.hasNextValue()) {
          done = true;
          return null;
        }
        String[] cells = rows.nextValue();
        if (cells.length == 0 || (cells.length == 1 && cells[0].isBlank())) {
          blank++;
          continue;
        }
        records++;
        byte[] raw =
            CSV_OUT.writer(CSV_OUT.schema().withColumnSeparator(separator)).writeValueAsBytes(cells);
        raw = trimNewline(raw);
        if (cells.length != header.length) {
          return InputRecord.failed(
              source,
              line,
              raw,
              String.format(
                  "%s:%d: expected %d cells (as in the header), found %d",
                  source, line, header.length, cells.length));
        }
        ObjectNode row = toObject(cells);
        // A parsed row's raw bytes are its JSON (as for JSON arrays), so writers that copy raw
        // bytes write JSON; a failed row keeps its CSV text for the quarantine.
        return InputRecord.ok(source, line, Json.MAPPER.writeValueAsBytes(row), row);
      }
    } catch (JacksonException | UncheckedIOException e) {
      done = true;
      records++;
      truncation = source + ":" + line + ": unreadable " + format() + ": " + firstLine(e.getMessage());
      return InputRecord.failed(source, line, new byte[0], truncation + "; rows after this point could not be read");
    }
  }

  private ObjectNode toObject(String[] cells) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i];
      if (c == null || c.isEmpty()) {
        continue;
      }
      if (c.equals("true") || c.equals("false")) {
        o.put(header[i], Boolean.parseBoolean(c));
      } else if (JSON_NUMBER.matcher(c).matches()) {
        o.set(header[i], Json.MAPPER.readTree(c));
      } else {
        o.put(header[i], c);
      }
    }
    return o;
  }

  private static String[] stripBom(String[] h) {
    if (h.length > 0 && !h[0].isEmpty() && h[0].charAt(0) == '\uFEFF') {
      h[0] = h[0].substring(1);
    }
    for (int i = 0; i < h.length; i++) {
      h[i] = h[i].strip();
    }
    return h;
  }

  private static byte[] trimNewline(byte[] raw) {
    int n = raw.length;
    while (n > 0 && (raw[n - 1] == '\n' || raw[n - 1] == '\r')) {
      n--;
    }
    return n == raw.length ? raw : java.util.Arrays.copyOf(raw, n);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private String format() {
    return separator == '\t' ? "tsv" : "csv";
  }

  @Override
  public ReadSummary summary() {
    return new ReadSummary(source, format(), compressed, records, blank, -1, truncation);
  }

  @Override
  public void close() {
    try {
      if (rows != null) {
        rows.close();
      }
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
