package dev.assay.eval.judge;

import dev.assay.eval.prompt.PromptTemplates;
import dev.assay.eval.prompt.TemplateKind;

/**
 * {@code pairwise} and {@code pairwise-reference}: MT-Bench-style comparison of two answers. The
 * judge sees the question and both answers and ends with {@code [[A]]}, {@code [[B]]} or {@code
 * [[C]]} (tie). Each item is asked in both orders (swap on) and FastChat's rule applies: differing
 * verdicts across the swap are a tie (see {@link PairProtocol}). With {@code samples > 1}, each
 * order is asked k times and the majority counts (self-consistency). With {@code reference}
 * (registered as {@code pairwise-reference}; MT-Bench does this for math, reasoning and coding) the
 * prompt carries a reference answer and items without one are an error naming the item.
 *
 * <pre>{@code
 * PairwiseVerdictJudge j = PairwiseVerdictJudge.defaults().withPrompt("judge_prompts.jsonl#pair-v2");
 * PairJudgment r = j.judge(PairItem.of("q1", "2+2?", "4", "5"), model);
 * PairwiseVerdictJudge m = PairwiseVerdictJudge.defaults(PairwiseVerdictJudge.REFERENCE_NAME);
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
 * @param reference compare against the item's reference answer (the {@code pairwise-reference} judge)
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
    boolean singleOrderFallback,
    boolean reference)
    implements PairProtocolJudge {

  public static final String NAME = "pairwise";
  public static final String REFERENCE_NAME = "pairwise-reference";

  public PairwiseVerdictJudge {
    Sampling.params(samples, temperature, maxTokens, seed);
    PromptTemplates.resolve(prompt, TemplateKind.PAIRWISE);
  }

  /** Without a reference (the {@code pairwise} judge). */
  public PairwiseVerdictJudge(String prompt, boolean swap, int samples, Double temperature, Integer maxTokens,
      Long seed, boolean structured, boolean repair, boolean singleOrderFallback) {
    this(prompt, swap, samples, temperature, maxTokens, seed, structured, repair, singleOrderFallback, false);
  }

  /** The default configuration: bundled {@code pairwise} prompt, both orders, one greedy sample. */
  public static PairwiseVerdictJudge defaults() {
    return defaults(NAME);
  }

  /** The defaults of {@code pairwise} or {@code pairwise-reference} (its bundled prompt, reference on). */
  public static PairwiseVerdictJudge defaults(String name) {
    boolean ref = switch (name) {
      case NAME -> false;
      case REFERENCE_NAME -> true;
      default -> throw new IllegalArgumentException("not a pairwise verdict judge: " + name);
    };
    return new PairwiseVerdictJudge(name, true, 1, null, 1024, null, false, true, false, ref);
  }

  /** The same judge with another prompt. */
  public PairwiseVerdictJudge withPrompt(String p) {
    return new PairwiseVerdictJudge(p, swap, samples, temperature, maxTokens, seed, structured, repair,
        singleOrderFallback, reference);
  }

  @Override
  public String name() {
    return reference ? REFERENCE_NAME : NAME;
  }

  @Override
  public PairProtocol protocol() {
    return new PairProtocol(name(), PromptTemplates.resolve(prompt, TemplateKind.PAIRWISE), swap, samples,
        Sampling.params(samples, temperature, maxTokens, seed), structured, repair, singleOrderFallback, reference);
  }

}
