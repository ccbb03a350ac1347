package dev.assay.eval.judge;

/**
 * A judge that grades one answer and returns a {@link Grade}.
 *
 * <pre>{@code
 * SingleJudge j = SingleScoreJudge.defaults();
 * Grade g = j.judge(SingleItem.of("q1", "2+2?", "4"), model);
 * }</pre>
 */
public interface SingleJudge extends Judge<SingleItem, Grade> {}
