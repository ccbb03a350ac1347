package dev.assay.eval.judge;

/**
 * A judge that grades one answer on several criteria and returns a {@link RubricGrade}.
 *
 * <pre>{@code
 * RubricJudge j = RubricScoreJudge.defaults();
 * RubricGrade g = j.judge(SingleItem.of("q1", "2+2?", "4"), model);
 * g.criteria().get("factuality").score();
 * }</pre>
 */
public interface RubricJudge extends Judge<SingleItem, RubricGrade> {}
