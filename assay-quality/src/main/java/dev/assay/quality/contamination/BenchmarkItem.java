package dev.assay.quality.contamination;

/**
 * One benchmark item as the contamination index remembers it: where it is (file, 1-based line,
 * 1-based record number), its id, which turn of a multi-turn item it is, its length in
 * normalised words and a short snippet for people. The full text is not kept.
 *
 * <pre>{@code
 * BenchmarkItem i = index.item(3);
 * System.out.println(i.location() + " " + i.snippet());   // question.jsonl:2 (id 82, turn 1) Draft a ...
 * }</pre>
 *
 * @param source the benchmark file as given
 * @param line 1-based line where the item's record starts
 * @param record 1-based record number in the file
 * @param id the record's id field, or {@code null} when it has none
 * @param turn 1-based element of an array field ({@code turns}); 0 for a plain string field
 * @param tokens normalised words in the item
 * @param snippet the first characters of the item text
 */
public record BenchmarkItem(
    String source, long line, long record, String id, int turn, int tokens, String snippet) {

  /** {@code file:line (id X, turn T)}, for messages and Markdown. */
  public String location() {
    StringBuilder b = new StringBuilder(source).append(':').append(line);
    if (id != null || turn > 0) {
      b.append(" (");
      if (id != null) {
        b.append("id ").append(id);
      }
      if (turn > 0) {
        b.append(id != null ? ", " : "").append("turn ").append(turn);
      }
      b.append(')');
    }
    return b.toString();
  }
}
