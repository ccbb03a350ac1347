package dev.assay.eval.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The judge to use for an item by its shape, FastChat's way for MT-Bench: one prompt for a single
 * turn, another for the second turn of a conversation, and reference-answer prompts when the item
 * carries a reference. A missing variant falls back to {@code base}. {@code assay judge} builds
 * the variants only when no prompt was chosen on the command line.
 *
 * <pre>{@code
 * JudgeVariants<Judge<?, ?>> v = new JudgeVariants<>(single, multiTurn, reference, multiTurnReference);
 * v.choose(2, true);   // multiTurnReference
 * }</pre>
 *
 * @param base single turn, no reference
 * @param multiTurn several turns, no reference (may be null)
 * @param reference single turn with a reference (may be null)
 * @param multiTurnReference several turns with references (may be null)
 * @param <J> the judge type
 */
public record JudgeVariants<J>(J base, J multiTurn, J reference, J multiTurnReference) {
  /** Checks the base. */
  public JudgeVariants {
    Objects.requireNonNull(base, "base");
  }

  /** Only {@code base}. */
  public static <J> JudgeVariants<J> only(J base) {
    return new JudgeVariants<>(base, null, null, null);
  }

  /** The judge for an item of {@code turns} turns, with or without a reference. */
  public J choose(int turns, boolean hasReference) {
    J pick = turns > 1 ? (hasReference ? multiTurnReference : multiTurn) : (hasReference ? reference : null);
    if (pick == null && turns > 1 && hasReference) {
      pick = multiTurn;
    }
    return pick == null ? base : pick;
  }

  /** The variants present, by role, for the manifest. */
  public Map<String, J> present() {
    Map<String, J> out = new LinkedHashMap<>();
    out.put("single_turn", base);
    if (multiTurn != null) {
      out.put("multi_turn", multiTurn);
    }
    if (reference != null) {
      out.put("reference", reference);
    }
    if (multiTurnReference != null) {
      out.put("multi_turn_reference", multiTurnReference);
    }
    return out;
  }
}
