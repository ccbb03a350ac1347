package dev.assay.eval.judge;

import dev.assay.eval.prompt.PromptTemplates;
import dev.assay.eval.prompt.TemplateKind;
import java.util.Map;

/**
 * {@code single} and {@code single-reference}: MT-Bench-style grading of one answer on a numeric
 * scale (1-10 by default). The judge explains, then gives {@code [[rating]]}; see {@link
 * dev.assay.eval.verdict.ScoreParser} for what is read. With {@code samples > 1} the grade is the
 * mean of the samples (self-consistency) and the agreement is reported. With {@code reference}
 * (registered as {@code single-reference}, for questions with one right answer: MT-Bench's math,
 * reasoning and coding) the prompt carries the reference answer and items without one are an
 * error naming the item.
 *
 * <pre>{@code
 * SingleScoreJudge j = SingleScoreJudge.defaults();
 * Grade g = j.judge(SingleItem.of("q1", "2+2?", "4"), model);
 * SingleScoreJudge r = SingleScoreJudge.defaults(SingleScoreJudge.REFERENCE_NAME);
 * Grade h = r.judge(SingleItem.of("q1", "2+2?", "4").withReference("4"), model);
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
 * @param reference grade against the item's reference answer (the {@code single-reference} judge)
 */
public record SingleScoreJudge(
    String prompt, int min, int max, int samples, Double temperature, Integer maxTokens, Long seed,
    boolean structured, boolean repair, boolean reference)
    implements ScoreProtocolJudge {

  public static final String NAME = "single";
  public static final String REFERENCE_NAME = "single-reference";

  public SingleScoreJudge {
    Sampling.params(samples, temperature, maxTokens, seed);
    PromptTemplates.resolve(prompt, TemplateKind.SINGLE);
  }

  /** Without a reference (the {@code single} judge). */
  public SingleScoreJudge(String prompt, int min, int max, int samples, Double temperature, Integer maxTokens,
      Long seed, boolean structured, boolean repair) {
    this(prompt, min, max, samples, temperature, maxTokens, seed, structured, repair, false);
  }

  /** Bundled {@code single} prompt, scale 1-10, one greedy sample. */
  public static SingleScoreJudge defaults() {
    return defaults(NAME);
  }

  /** The defaults of {@code single} or {@code single-reference} (its bundled prompt, reference on). */
  public static SingleScoreJudge defaults(String name) {
    boolean ref = switch (name) {
      case NAME -> false;
      case REFERENCE_NAME -> true;
      default -> throw new IllegalArgumentException("not a single-answer judge: " + name);
    };
    return new SingleScoreJudge(name, 1, 10, 1, null, 1024, null, false, true, ref);
  }

  @Override
  public String name() {
    return reference ? REFERENCE_NAME : NAME;
  }

  @Override
  public ScoreProtocol protocol() {
    return new ScoreProtocol(name(), PromptTemplates.resolve(prompt, TemplateKind.SINGLE), min, max, samples,
        Sampling.params(samples, temperature, maxTokens, seed), structured, repair, false, reference, Map.of());
  }
}
