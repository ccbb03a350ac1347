package dev.assay.eval.judge;

import dev.assay.core.model.Score;
import dev.assay.eval.verdict.ParseStatus;
import dev.assay.models.llm.Usage;
import java.util.List;

/**
 * The result of grading one answer on a numeric scale.
 *
 * <pre>{@code
 * Grade g = judge.judge(SingleItem.of("q1", "2+2?", "4"), model);
 * if (g.status().usable()) total += g.score();
 * Score s = g.toScore("mt_bench_score");
 * }</pre>
 *
 * @param itemId the item graded
 * @param judge the judge's name
 * @param score the grade (mean over samples; probability-weighted for G-Eval), NaN when none
 * @param status how it was obtained
 * @param method {@code parsed} (read from text), or {@code logprob-weighted} (G-Eval)
 * @param raw each sample's raw text
 * @param rules each sample's parse rule
 * @param notes doubts and errors
 * @param agreement share of usable samples equal to the most common value (1 for one sample)
 * @param modelCalls replies that did not come from the cache
 * @param replies all replies
 * @param usage tokens of all replies
 */
public record Grade(
    String itemId,
    String judge,
    double score,
    ParseStatus status,
    String method,
    List<String> raw,
    List<String> rules,
    List<String> notes,
    double agreement,
    int modelCalls,
    int replies,
    Usage usage) {

  public Grade {
    raw = List.copyOf(raw);
    rules = List.copyOf(rules);
    notes = List.copyOf(notes);
  }

  /** The grade as assay-core's record. */
  public Score toScore(String metric) {
    return new Score(itemId, metric, score, judge);
  }
}
