package dev.assay.report.source;

import tools.jackson.databind.JsonNode;

/**
 * The text a command read from a record, found by the field it was told to read: a plain name
 * ({@code text}), a dotted path ({@code meta.body}) or a path with list indexes, negative from the
 * end ({@code messages[-1].content}). A record where the field is not text shows as compact JSON.
 *
 * <pre>{@code
 * RecordText.of(row, "messages[-1].content");   // the last message's content
 * }</pre>
 */
final class RecordText {
  private RecordText() {}

  /** The text of {@code field} in {@code row}, or the row as JSON when it has none. */
  static String of(JsonNode row, String field) {
    JsonNode node = row;
    for (String part : field.split("\\.")) {
      String name = part;
      int bracket = part.indexOf('[');
      if (bracket >= 0) {
        name = part.substring(0, bracket);
      }
      if (!name.isEmpty()) {
        node = node.path(name);
      }
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        if (close < 0) {
          break;
        }
        try {
          int i = Integer.parseInt(part.substring(bracket + 1, close).trim());
          node = node.path(i < 0 ? node.size() + i : i);
        } catch (NumberFormatException e) {
          node = node.path(-1);
        }
        bracket = part.indexOf('[', close);
      }
    }
    return node.isString() ? node.asString() : row.toString();
  }
}
