/**
 * Reading verdicts from judge replies: structured JSON, {@code [[A]]}/{@code [[8]]} markers and
 * tolerant patterns, the repair request, self-consistency votes, and the logprob rules (AlpacaEval
 * weighted preference, G-Eval weighted score).
 *
 * <pre>{@code
 * PairVerdictParser.parse("... so B wins. [[B]]");          // B, rule "marker"
 * ScoreParser.parse("Rating: [[7.5]]", 1, 10);               // 7.5
 * LogprobPreference.preference(response.logprobs(), "m", List.of("m", "M"));
 * }</pre>
 */
package dev.assay.eval.verdict;
