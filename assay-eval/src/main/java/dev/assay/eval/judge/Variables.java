package dev.assay.eval.judge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Placeholder values of an item, under every name of the template vocabulary: our names
 * ({@code instruction}, {@code output_a}, {@code reference}) and FastChat's ({@code question},
 * {@code answer_a}, {@code ref_answer_1}), the plain forms meaning the last turn and the numbered
 * forms each turn. A reference that is absent leaves its names unset, so a template that needs it
 * fails naming the template line and the item.
 *
 * <pre>{@code
 * Map<String, String> v = Variables.pair(PairItem.of("q1", "2+2?", "4", "5"));
 * v.get("answer_b");   // "5"
 * }</pre>
 */
public final class Variables {
  private Variables() {}

  /** Values for a pairwise template. */
  public static Map<String, String> pair(PairItem item) {
    Map<String, String> v = common(item.id(), item.turns(), item.reference(), item.category(), item.extra());
    answers(v, item.outputA(), "output_a", "answer_a");
    answers(v, item.outputB(), "output_b", "answer_b");
    return v;
  }

  /** Values for a single-answer template. */
  public static Map<String, String> single(SingleItem item) {
    Map<String, String> v = common(item.id(), item.turns(), item.reference(), item.category(), item.extra());
    answers(v, item.answer(), "output", "answer");
    return v;
  }

  private static Map<String, String> common(
      String id, List<String> turns, List<String> ref, String category, Map<String, String> extra) {
    Map<String, String> v = new HashMap<>(extra);
    v.put("id", id);
    v.put("category", category);
    String last = turns.get(turns.size() - 1);
    v.put("instruction", last);
    v.put("question", last);
    for (int i = 0; i < turns.size(); i++) {
      v.put("question_" + (i + 1), turns.get(i));
    }
    if (!ref.isEmpty()) {
      v.put("reference", ref.get(ref.size() - 1));
      for (int i = 0; i < ref.size(); i++) {
        v.put("ref_answer_" + (i + 1), ref.get(i));
        v.put("reference_" + (i + 1), ref.get(i));
      }
    }
    return v;
  }

  private static void answers(Map<String, String> v, List<String> answers, String ours, String theirs) {
    String last = answers.get(answers.size() - 1);
    v.put(ours, last);
    v.put(theirs, last);
    for (int i = 0; i < answers.size(); i++) {
      v.put(ours + "_" + (i + 1), answers.get(i));
      v.put(theirs + "_" + (i + 1), answers.get(i));
    }
  }
}
