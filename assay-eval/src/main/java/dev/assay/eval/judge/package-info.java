/**
 * LLM-as-a-judge: judges are immutable records registered by name ({@link
 * dev.assay.eval.judge.JudgeRegistry}); LLM judges ({@link dev.assay.eval.judge.LlmJudge}) split a
 * judgment into independent requests, optional repair requests and a pure combine step, so a run
 * engine can schedule, cache and resume them.
 *
 * <pre>{@code
 * PairwiseJudge judge = JudgeRegistry.create("pairwise", Map.of("samples", 3), PairwiseJudge.class);
 * PairJudgment j = judge.judge(PairItem.of("q1", "2+2?", "4", "5"), model);
 * }</pre>
 *
 * See {@code docs/judges.md}.
 */
package dev.assay.eval.judge;
