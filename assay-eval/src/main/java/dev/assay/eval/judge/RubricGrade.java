package dev.assay.eval.judge;

import dev.assay.eval.verdict.ParseStatus;
import dev.assay.models.llm.Usage;
import java.util.Map;

/**
 * The result of grading one answer against a rubric: a {@link Grade} per criterion (each on its
 * own scale) and an overall value, the mean of the usable criteria after rescaling each to [0, 1].
 *
 * <pre>{@code
 * RubricGrade g = rubricJudge.judge(item, model);
 * g.criteria().get("coherence").score();   // e.g. 4.0 on a 1..5 scale
 * g.overall();                             // e.g. 0.78
 * }</pre>
 *
 * @param itemId the item graded
 * @param judge the judge's name
 * @param rubric the rubric's name
 * @param criteria grade per criterion name, in rubric order
 * @param overall mean of the rescaled usable grades, NaN when none is usable
 * @param status the worst status over criteria
 * @param modelCalls replies that did not come from the cache
 * @param replies all replies
 * @param usage tokens of all replies
 */
public record RubricGrade(
    String itemId,
    String judge,
    String rubric,
    Map<String, Grade> criteria,
    double overall,
    ParseStatus status,
    int modelCalls,
    int replies,
    Usage usage) {

  public RubricGrade {
    criteria = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteria));
  }
}
