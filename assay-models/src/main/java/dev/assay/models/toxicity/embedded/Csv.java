package dev.assay.models.toxicity.embedded;

import java.util.ArrayList;
import java.util.List;

/**
 * A minimal RFC 4180 reader (quoted fields, doubled quotes, newlines inside quotes), enough for
 * the Davidson CSV. {@link #records} also gives the 1-based line each record starts on, for
 * {@code file:line} errors.
 *
 * <pre>{@code
 * List<List<String>> rows = Csv.parse("a,b\n1,\"x, \"\"y\"\"\"");   // [[a, b], [1, x, "y"]]
 * }</pre>
 */
final class Csv {
  private Csv() {}

  /** One parsed record and the line it starts on (1-based). */
  record Row(int line, List<String> fields) {}

  static List<List<String>> parse(String text) {
    return records(text).stream().map(Row::fields).toList();
  }

  static List<Row> records(String text) {
    List<Row> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    int line = 1;
    int start = 1;
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(new Row(start, row));
        row = new ArrayList<>();
        start = line;
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(new Row(start, row));
    }
    return rows;
  }
}
