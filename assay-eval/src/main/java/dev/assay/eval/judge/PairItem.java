package dev.assay.eval.judge;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One pairwise comparison to judge: the user turns, the two answers (one per turn) and optional
 * reference answers. Single-turn items have one turn; MT-Bench items have two, and multi-turn
 * templates address them as {@code question_1}, {@code answer_a_2} and so on.
 *
 * <pre>{@code
 * PairItem item = PairItem.of("q1", "Name a prime.", "7", "8");
 * PairItem withRef = item.withReference("Any prime, e.g. 2, 3, 5, 7.");
 * }</pre>
 *
 * @param id item id, carried to the judgment
 * @param turns the user turns, oldest first (at least one)
 * @param outputA answer A per turn (same length as turns)
 * @param outputB answer B per turn (same length as turns)
 * @param reference reference answer per turn, or empty when there is none
 * @param category the item's category (MT-Bench: writing, math ...), or empty
 * @param extra further item fields a custom template may use (declared in its {@code variables})
 */
public record PairItem(
    String id,
    List<String> turns,
    List<String> outputA,
    List<String> outputB,
    List<String> reference,
    String category,
    Map<String, String> extra) {

  public PairItem {
    Objects.requireNonNull(id, "id");
    turns = List.copyOf(turns);
    outputA = List.copyOf(outputA);
    outputB = List.copyOf(outputB);
    reference = reference == null ? List.of() : List.copyOf(reference);
    category = category == null ? "" : category;
    extra = extra == null ? Map.of() : Map.copyOf(extra);
    if (turns.isEmpty()) {
      throw new IllegalArgumentException("item '" + id + "': turns: expected at least one, found none");
    }
    if (outputA.size() != turns.size() || outputB.size() != turns.size()) {
      throw new IllegalArgumentException("item '" + id + "': expected one answer per turn (" + turns.size()
          + "), found " + outputA.size() + " for A and " + outputB.size() + " for B");
    }
  }

  /** A single-turn item without reference. */
  public static PairItem of(String id, String instruction, String outputA, String outputB) {
    return new PairItem(id, List.of(instruction), List.of(outputA), List.of(outputB), List.of(), "", Map.of());
  }

  /** The same item with a single-turn reference answer. */
  public PairItem withReference(String ref) {
    return new PairItem(id, turns, outputA, outputB, List.of(ref), category, extra);
  }

  /** The same item with A and B exchanged (for the second presentation order). */
  public PairItem swapped() {
    return new PairItem(id, turns, outputB, outputA, reference, category, extra);
  }
}
