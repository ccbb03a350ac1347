package dev.assay.eval.judge;

/**
 * A judge that compares two answers and returns a {@link PairJudgment}.
 *
 * <pre>{@code
 * PairwiseJudge j = PairwiseVerdictJudge.defaults();
 * }</pre>
 */
public interface PairwiseJudge extends Judge<PairItem, PairJudgment> {}
