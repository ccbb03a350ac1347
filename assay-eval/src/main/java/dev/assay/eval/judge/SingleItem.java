package dev.assay.eval.judge;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One answer to grade: the user turns, the answer per turn, and optional reference answers.
 *
 * <pre>{@code
 * SingleItem item = SingleItem.of("q1", "What is 12 * 12?", "144").withReference("144");
 * }</pre>
 *
 * @param id item id, carried to the grade
 * @param turns the user turns, oldest first (at least one)
 * @param answer the answer per turn (same length as turns)
 * @param reference reference answer per turn, or empty
 * @param category the item's category, or empty
 * @param extra further item fields a custom template may use
 */
public record SingleItem(
    String id, List<String> turns, List<String> answer, List<String> reference, String category,
    Map<String, String> extra) {

  public SingleItem {
    Objects.requireNonNull(id, "id");
    turns = List.copyOf(turns);
    answer = List.copyOf(answer);
    reference = reference == null ? List.of() : List.copyOf(reference);
    category = category == null ? "" : category;
    extra = extra == null ? Map.of() : Map.copyOf(extra);
    if (turns.isEmpty()) {
      throw new IllegalArgumentException("item '" + id + "': turns: expected at least one, found none");
    }
    if (answer.size() != turns.size()) {
      throw new IllegalArgumentException("item '" + id + "': expected one answer per turn (" + turns.size()
          + "), found " + answer.size());
    }
  }

  /** A single-turn item without reference. */
  public static SingleItem of(String id, String instruction, String answer) {
    return new SingleItem(id, List.of(instruction), List.of(answer), List.of(), "", Map.of());
  }

  /** The same item with a single-turn reference answer. */
  public SingleItem withReference(String ref) {
    return new SingleItem(id, turns, answer, List.of(ref), category, extra);
  }
}
