package dev.assay.eval.judge;

import dev.assay.models.llm.ChatModel;

/**
 * A judge: an immutable record whose components are its configuration, registered by
 * {@link #name()} in {@link JudgeRegistry}. LLM judges implement {@link LlmJudge}, which splits a
 * judgment into requests and a pure combine step; an offline judge (a reward model, later) only
 * implements {@link #judge} and says {@link #needsModel()} false.
 *
 * <pre>{@code
 * PairwiseJudge judge = JudgeRegistry.create("pairwise", Map.of(), PairwiseJudge.class);
 * PairJudgment j = judge.judge(PairItem.of("q1", "2+2?", "4", "5"), model);
 * }</pre>
 *
 * @param <I> the item type ({@link PairItem} or {@link SingleItem})
 * @param <R> the result type ({@link PairJudgment}, {@link Grade}, {@link RubricGrade})
 */
public interface Judge<I, R> {

  /** The registered name, e.g. {@code pairwise}. */
  String name();

  /** False for judges that need no chat model (reward models); {@code model} may then be null. */
  default boolean needsModel() {
    return true;
  }

  /**
   * Judges one item, blocking. A model-call failure does not throw: it is recorded in the result
   * with status {@code CALL_FAILED}.
   *
   * @throws InterruptedException when the calling thread is interrupted
   */
  R judge(I item, ChatModel model) throws InterruptedException;
}
