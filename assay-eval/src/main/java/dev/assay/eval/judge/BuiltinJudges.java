package dev.assay.eval.judge;

import java.util.Map;

/**
 * The judges shipped with Assay. A class may serve several names (a variant is a parameter, e.g.
 * {@code single} and {@code single-reference}); it then offers {@code defaults(String name)}.
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
        PairwiseVerdictJudge.REFERENCE_NAME, PairwiseVerdictJudge.class,
        SingleScoreJudge.NAME, SingleScoreJudge.class,
        SingleScoreJudge.REFERENCE_NAME, SingleScoreJudge.class,
        RubricScoreJudge.NAME, RubricScoreJudge.class,
        GEvalScoreJudge.NAME, GEvalScoreJudge.class,
        AlpacaLogprobJudge.NAME, AlpacaLogprobJudge.class,
        RewardModelJudge.NAME, RewardModelJudge.class);
  }
}
