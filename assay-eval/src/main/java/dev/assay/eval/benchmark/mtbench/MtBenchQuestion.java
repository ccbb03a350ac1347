package dev.assay.eval.benchmark.mtbench;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One MT-Bench question: its user turns (two in MT-Bench), its category and, for the categories
 * FastChat grades against a reference, the reference answer for each turn.
 *
 * <pre>{@code
 * MtBenchQuestion q = questions.get("111");
 * q.turns().size();        // 2
 * q.needsReference();      // true: math
 * q.referenceAnswer(1);    // the reference for turn 1 (from reference_answer/gpt-4.jsonl)
 * }</pre>
 *
 * @param id {@code question_id} as text ("81" ... "160")
 * @param category one of writing, roleplay, reasoning, math, coding, extraction, stem, humanities
 * @param turns the user turns, in order
 * @param reference the {@code reference} field of the question file (short expected answers), or empty
 * @param referenceAnswers the reference model's answer for each turn (FastChat's {@code
 *     reference_answer/gpt-4.jsonl}), or empty
 */
public record MtBenchQuestion(
    String id, String category, List<String> turns, List<String> reference, List<String> referenceAnswers) {
  /**
   * FastChat's {@code NEED_REF_CATS}: the categories whose answers are graded against a reference
   * answer ({@code fastchat/llm_judge/common.py}).
   */
  public static final Set<String> REFERENCE_CATEGORIES = Set.of("math", "reasoning", "coding", "arena-hard-200");

  /** Validates and copies. */
  public MtBenchQuestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(category, "category");
    turns = List.copyOf(turns);
    reference = List.copyOf(reference);
    referenceAnswers = List.copyOf(referenceAnswers);
    if (turns.isEmpty()) {
      throw new IllegalArgumentException(id + ": turns: expected at least one, found none");
    }
  }

  /** True when FastChat grades this category against a reference answer. */
  public boolean needsReference() {
    return REFERENCE_CATEGORIES.contains(category);
  }

  /** The user turn {@code turn} (1-based). */
  public String turn(int turn) {
    return turns.get(turn - 1);
  }

  /** The reference answer for {@code turn} (1-based), or {@code null} when there is none. */
  public String referenceAnswer(int turn) {
    return turn >= 1 && turn <= referenceAnswers.size() ? referenceAnswers.get(turn - 1) : null;
  }

  /** A copy with the reference answers set. */
  public MtBenchQuestion withReferenceAnswers(List<String> answers) {
    return new MtBenchQuestion(id, category, turns, reference, answers);
  }
}
