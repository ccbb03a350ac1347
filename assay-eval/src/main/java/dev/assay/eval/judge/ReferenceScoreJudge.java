package dev.assay.eval.judge;


/**
 * {@code single-reference}: {@link SingleScoreJudge} with a reference answer in the prompt, for
 * questions with one right answer (MT-Bench's math, reasoning and coding). Items without a
 * reference are an error naming the item. With {@code samples > 1} the grade is the mean of the
 * samples (self-consistency) and the agreement is reported.
 *
 * <pre>{@code
 * ReferenceScoreJudge j = ReferenceScoreJudge.defaults();
 * Grade g = j.judge(SingleItem.of("q1", "2+2?", "4").withReference("4"), model);
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
public record ReferenceScoreJudge(
    String prompt, int min, int max, int samples, Double temperature, Integer maxTokens, Long seed,
    boolean structured, boolean repair)
    implements ScoreProtocolJudge {

  public static final String NAME = "single-reference";

  public ReferenceScoreJudge {
    Sampling.params(samples, temperature, maxTokens, seed);
    SingleScoreJudge.protocolOf(NAME, prompt, min, max, samples, temperature, maxTokens, seed, structured, repair, true);
  }

  /** Bundled {@code single-reference} prompt, scale 1-10, one greedy sample. */
  public static ReferenceScoreJudge defaults() {
    return new ReferenceScoreJudge("single-reference", 1, 10, 1, null, 1024, null, false, true);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public ScoreProtocol protocol() {
    return SingleScoreJudge.protocolOf(NAME, prompt, min, max, samples, temperature, maxTokens, seed, structured, repair, true);
  }

}
