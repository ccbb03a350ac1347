package dev.assay.eval.judge;

import dev.assay.eval.prompt.PromptTemplates;
import dev.assay.eval.prompt.TemplateKind;
import java.util.Map;

/**
 * {@code g-eval}: G-Eval-style probability-weighted grade. The judge is asked for the grade alone,
 * with top logprobs; the grade is {@code sum p(s) * s / sum p(s)} over the score tokens listed at
 * the first score position ({@link dev.assay.eval.verdict.WeightedScore}), which separates answers
 * that a plain integer grade would tie. Where the reply has no logprobs (the provider has none)
 * the parsed grade is used and {@link Grade#method()} says {@code parsed}.
 *
 * <pre>{@code
 * Grade g = GEvalScoreJudge.defaults().judge(SingleItem.of("q1", "2+2?", "4"), model);
 * g.method();   // "logprob-weighted"
 * }</pre>
 *
 * @param prompt template name or file (type single; should ask for the grade only)
 * @param min lowest grade (each grade must be a single token: keep scales within 1..10)
 * @param max highest grade
 * @param topLogprobs alternatives requested per token (at most 20)
 * @param samples self-consistency samples (mean of the weighted grades)
 * @param temperature sampling temperature; null: 0 for one sample, 0.7 for several
 * @param maxTokens cap on the judge's reply
 * @param seed sampling seed, null for none
 * @param repair send one repair request when a reply has no grade
 */
public record GEvalScoreJudge(
    String prompt, int min, int max, int topLogprobs, int samples, Double temperature, Integer maxTokens,
    Long seed, boolean repair)
    implements ScoreProtocolJudge {

  public static final String NAME = "g-eval";

  public GEvalScoreJudge {
    if (max > 10 || min < 0) {
      throw new IllegalArgumentException("scale: g-eval needs single-token grades within 0..10, found " + min + ".." + max);
    }
    protocol(prompt, min, max, topLogprobs, samples, temperature, maxTokens, seed, repair);
  }

  /** Bundled {@code g-eval} prompt, scale 1-5 (as in the G-Eval paper), top 20 logprobs. */
  public static GEvalScoreJudge defaults() {
    return new GEvalScoreJudge("g-eval", 1, 5, 20, 1, null, 16, null, true);
  }

  @Override
  public String name() {
    return NAME;
  }

  private static ScoreProtocol protocol(String prompt, int min, int max, int topLogprobs, int samples,
      Double temperature, Integer maxTokens, Long seed, boolean repair) {
    return new ScoreProtocol(NAME, PromptTemplates.resolve(prompt, TemplateKind.SINGLE), min, max, samples,
        Sampling.params(samples, temperature, maxTokens, seed).withTopLogprobs(topLogprobs), false, repair, true,
        false, Map.of());
  }

  @Override
  public ScoreProtocol protocol() {
    return protocol(prompt, min, max, topLogprobs, samples, temperature, maxTokens, seed, repair);
  }

}
