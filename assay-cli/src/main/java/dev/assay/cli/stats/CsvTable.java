package dev.assay.cli.stats;

import dev.assay.cli.UsageError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small, strict CSV reader for the stats commands: a header row, then rows of string cells,
 * each remembering the line it starts on so that errors can name {@code file:line}. It follows
 * RFC 4180: comma-separated, fields may be quoted with {@code "} (a quote inside is doubled, and
 * a quoted field may span lines), records end with LF, CRLF or CR. A UTF-8 byte order mark is
 * skipped, empty lines are ignored, and every row must have as many cells as the header.
 *
 * <pre>{@code
 * CsvTable t = CsvTable.read(Path.of("ratings.csv"));
 * int col = t.column("score");
 * for (CsvTable.Row r : t.rows()) { String cell = r.cells()[col]; ... }
 * }</pre>
 */
final class CsvTable {
  /** One data row and the line it starts on (1-based; the header is line 1 or later). */
  record Row(long line, String[] cells) {}

  private final String source;
  private final long headerLine;
  private final String[] header;
  private final List<Row> rows;

  private CsvTable(String source, long headerLine, String[] header, List<Row> rows) {
    this.source = source;
    this.headerLine = headerLine;
    this.header = header;
    this.rows = rows;
  }

  /** Reads and parses a whole file; every problem is a {@link UsageError} naming the file. */
  static CsvTable read(Path path) {
    String source = path.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new UsageError(source + ": no such file");
    } catch (IOException e) {
      throw new UsageError(source + ": cannot read: " + e.getMessage(), e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new UsageError(source + ": expected UTF-8 text, found invalid bytes");
    }
    return parse(source, text);
  }

  /** Parses CSV text (exposed for tests). */
  static CsvTable parse(String source, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Row> records = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    long line = 1;
    long recordLine = 1;
    boolean inQuotes = false;
    boolean quotedCell = false;
    boolean afterQuote = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          inQuotes = false;
          afterQuote = true;
        } else {
          if (c == '\n' || (c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n'))) {
            line++;
          }
          cell.append(c);
        }
        i++;
        continue;
      }
      if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
        quotedCell = false;
        afterQuote = false;
        i++;
      } else if (c == '\r' || c == '\n') {
        cells.add(cell.toString());
        if (!(cells.size() == 1 && cells.get(0).isEmpty() && !quotedCell)) {
          records.add(new Row(recordLine, cells.toArray(String[]::new)));
        }
        cells.clear();
        cell.setLength(0);
        quotedCell = false;
        afterQuote = false;
        i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
        line++;
        recordLine = line;
      } else if (c == '"' && cell.length() == 0 && !quotedCell) {
        inQuotes = true;
        quotedCell = true;
        i++;
      } else if (afterQuote) {
        throw new UsageError(
            source + ":" + line + ": expected ',' or the end of the line after a closing quote,"
                + " found '" + c + "'");
      } else {
        cell.append(c);
        i++;
      }
    }
    if (inQuotes) {
      throw new UsageError(
          source + ":" + recordLine + ": a quoted field is not closed before the end of the file");
    }
    if (!cells.isEmpty() || cell.length() > 0 || quotedCell) {
      cells.add(cell.toString());
      if (!(cells.size() == 1 && cells.get(0).isEmpty() && !quotedCell)) {
        records.add(new Row(recordLine, cells.toArray(String[]::new)));
      }
    }
    if (records.isEmpty()) {
      throw new UsageError(source + ": empty file, expected a header row");
    }
    Row head = records.get(0);
    String[] header = Arrays.stream(head.cells()).map(String::strip).toArray(String[]::new);
    for (int k = 0; k < header.length; k++) {
      if (header[k].isEmpty()) {
        throw new UsageError(
            source + ":" + head.line() + ": header cell " + (k + 1) + " is empty, expected a"
                + " column name");
      }
      for (int j = 0; j < k; j++) {
        if (header[j].equals(header[k])) {
          throw new UsageError(
              source + ":" + head.line() + ": column name '" + header[k] + "' appears twice");
        }
      }
    }
    List<Row> data = records.subList(1, records.size());
    for (Row r : data) {
      if (r.cells().length != header.length) {
        throw new UsageError(
            source + ":" + r.line() + ": expected " + header.length + " cells (as in the"
                + " header), found " + r.cells().length);
      }
    }
    return new CsvTable(source, head.line(), header, List.copyOf(data));
  }

  String source() {
    return source;
  }

  String[] header() {
    return header.clone();
  }

  List<Row> rows() {
    return rows;
  }

  /** The index of a required column, or a usage error listing the columns there are. */
  int column(String name) {
    for (int k = 0; k < header.length; k++) {
      if (header[k].equals(name)) {
        return k;
      }
    }
    throw new UsageError(
        source + ":" + headerLine + ": missing column '" + name + "', found columns "
            + String.join(", ", header));
  }

  /** {@code file:line: column 'name'} for error messages. */
  String where(Row row, int column) {
    return source + ":" + row.line() + ": column '" + header[column] + "'";
  }
}
