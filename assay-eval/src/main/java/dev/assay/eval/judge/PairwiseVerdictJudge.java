package dev.assay.eval.judge;

import dev.assay.eval.prompt.PromptTemplates;
import dev.assay.eval.prompt.TemplateKind;

/**
 * {@code pairwise}: MT-Bench-style comparison of two answers. The judge sees the question and both
 * answers and ends with {@code [[A]]}, {@code [[B]]} or {@code [[C]]} (tie). Each item is asked in
 * both orders (swap on) and FastChat's rule applies: differing verdicts across the swap are a tie
 * (see {@link PairProtocol}). With {@code samples > 1}, each order is asked k times and the majority
 * counts (self-consistency).
 *
 * <pre>{@code
 * PairwiseVerdictJudge j = PairwiseVerdictJudge.defaults().withPrompt("judge_prompts.jsonl#pair-v2");
 * PairJudgment r = j.judge(PairItem.of("q1", "2+2?", "4", "5"), model);
 * }</pre>
 *
 * @param prompt template name or file (type pairwise), see {@link PromptTemplates#resolve}
 * @param swap ask both presentation orders
 * @param samples self-consistency samples per order
 * @param temperature sampling temperature; null: 0 for one sample, 0.7 for several
 * @param maxTokens cap on the judge's reply
 * @param seed sampling seed, null for none
 * @param structured ask for JSON-schema output (only for models that support it)
 * @param repair send one repair request when a reply has no verdict
 * @param singleOrderFallback when one order has no verdict, use the other's (default: missing)
 */
public record PairwiseVerdictJudge(
    String prompt,
    boolean swap,
    int samples,
    Double temperature,
    Integer maxTokens,
    Long seed,
    boolean structured,
    boolean repair,
    boolean singleOrderFallback)
    implements PairProtocolJudge {

  public static final String NAME = "pairwise";

  public PairwiseVerdictJudge {
    Sampling.params(samples, temperature, maxTokens, seed);
    PromptTemplates.resolve(prompt, TemplateKind.PAIRWISE);
  }

  /** The default configuration: bundled {@code pairwise} prompt, both orders, one greedy sample. */
  public static PairwiseVerdictJudge defaults() {
    return new PairwiseVerdictJudge("pairwise", true, 1, null, 1024, null, false, true, false);
  }

  /** The same judge with another prompt. */
  public PairwiseVerdictJudge withPrompt(String p) {
    return new PairwiseVerdictJudge(p, swap, samples, temperature, maxTokens, seed, structured, repair, singleOrderFallback);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PairProtocol protocol() {
    return new PairProtocol(NAME, PromptTemplates.resolve(prompt, TemplateKind.PAIRWISE), swap, samples,
        Sampling.params(samples, temperature, maxTokens, seed), structured, repair, singleOrderFallback, false);
  }

}
