package dev.assay.eval.judge;

import java.util.Map;

/**
 * The judges shipped with Assay.
 *
 * <pre>{@code
 * new BuiltinJudges().judges().keySet();   // pairwise, single, rubric, ...
 * }</pre>
 */
public final class BuiltinJudges implements JudgeProvider {
  @Override
  public Map<String, Class<? extends Judge<?, ?>>> judges() {
    return Map.of(
        PairwiseVerdictJudge.NAME, PairwiseVerdictJudge.class,
        PairwiseReferenceJudge.NAME, PairwiseReferenceJudge.class,
        SingleScoreJudge.NAME, SingleScoreJudge.class,
        ReferenceScoreJudge.NAME, ReferenceScoreJudge.class,
        RubricScoreJudge.NAME, RubricScoreJudge.class,
        GEvalScoreJudge.NAME, GEvalScoreJudge.class,
        AlpacaLogprobJudge.NAME, AlpacaLogprobJudge.class,
        RewardModelJudge.NAME, RewardModelJudge.class);
  }
}
