package dev.assay.eval.judge;

import dev.assay.eval.prompt.PromptTemplates;
import dev.assay.eval.prompt.TemplateKind;
import java.util.Map;

/**
 * {@code single}: MT-Bench-style grading of one answer on a numeric scale (1-10 by default). The
 * judge explains, then gives {@code [[rating]]}; see {@link dev.assay.eval.verdict.ScoreParser} for
 * what is read. With {@code samples > 1} the grade is the mean of the samples (self-consistency)
 * and the agreement is reported.
 *
 * <pre>{@code
 * SingleScoreJudge j = SingleScoreJudge.defaults();
 * Grade g = j.judge(SingleItem.of("q1", "2+2?", "4"), model);
 * }</pre>
 *
 * @param prompt template name or file (type single)
 * @param min lowest grade of the scale
 * @param max highest grade of the scale
 * @param samples self-consistency samples
 * @param temperature sampling temperature; null: 0 for one sample, 0.7 for several
 * @param maxTokens cap on the judge's reply
 * @param seed sampling seed, null for none
 * @param structured ask for JSON-schema output (only for models that support it)
 * @param repair send one repair request when a reply has no grade
 */
public record SingleScoreJudge(
    String prompt, int min, int max, int samples, Double temperature, Integer maxTokens, Long seed,
    boolean structured, boolean repair)
    implements ScoreProtocolJudge {

  public static final String NAME = "single";

  public SingleScoreJudge {
    Sampling.params(samples, temperature, maxTokens, seed);
    protocolOf(NAME, prompt, min, max, samples, temperature, maxTokens, seed, structured, repair, false);
  }

  /** Bundled {@code single} prompt, scale 1-10, one greedy sample. */
  public static SingleScoreJudge defaults() {
    return new SingleScoreJudge("single", 1, 10, 1, null, 1024, null, false, true);
  }

  @Override
  public String name() {
    return NAME;
  }

  static ScoreProtocol protocolOf(String name, String prompt, int min, int max, int samples, Double temperature,
      Integer maxTokens, Long seed, boolean structured, boolean repair, boolean needsReference) {
    return new ScoreProtocol(name, PromptTemplates.resolve(prompt, TemplateKind.SINGLE), min, max, samples,
        Sampling.params(samples, temperature, maxTokens, seed), structured, repair, false, needsReference, Map.of());
  }

  @Override
  public ScoreProtocol protocol() {
    return protocolOf(NAME, prompt, min, max, samples, temperature, maxTokens, seed, structured, repair, false);
  }

}
