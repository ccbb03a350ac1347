package dev.assay.eval.judge;

import dev.assay.eval.prompt.PromptTemplates;
import dev.assay.eval.prompt.TemplateKind;

/**
 * {@code pairwise-reference}: {@link PairwiseVerdictJudge} with a reference answer in the prompt
 * (MT-Bench does this for math, reasoning and coding). Items without a reference are an error
 * naming the item. Each item is asked in both orders (swap on) and FastChat's rule applies:
 * differing verdicts across the swap are a tie (see {@link PairProtocol}). With
 * {@code samples > 1}, each order is asked k times and the majority counts (self-consistency).
 *
 * <pre>{@code
 * PairwiseReferenceJudge j = PairwiseReferenceJudge.defaults().withPrompt("judge_prompts.jsonl#pair-math-v1");
 * PairJudgment r = j.judge(PairItem.of("q1", "2+2?", "4", "5").withReference("4"), model);
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
public record PairwiseReferenceJudge(
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

  public static final String NAME = "pairwise-reference";

  public PairwiseReferenceJudge {
    Sampling.params(samples, temperature, maxTokens, seed);
    PromptTemplates.resolve(prompt, TemplateKind.PAIRWISE);
  }

  /** The default configuration: bundled {@code pairwise-reference} prompt, both orders, one greedy sample. */
  public static PairwiseReferenceJudge defaults() {
    return new PairwiseReferenceJudge("pairwise-reference", true, 1, null, 1024, null, false, true, false);
  }

  /** The same judge with another prompt. */
  public PairwiseReferenceJudge withPrompt(String p) {
    return new PairwiseReferenceJudge(p, swap, samples, temperature, maxTokens, seed, structured, repair, singleOrderFallback);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public PairProtocol protocol() {
    return new PairProtocol(NAME, PromptTemplates.resolve(prompt, TemplateKind.PAIRWISE), swap, samples,
        Sampling.params(samples, temperature, maxTokens, seed), structured, repair, singleOrderFallback, true);
  }

}
