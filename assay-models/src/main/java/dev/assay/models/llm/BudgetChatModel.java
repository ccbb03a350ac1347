package dev.assay.models.llm;

import dev.assay.models.llm.ModelCallException.Kind;

/**
 * Refuses model calls once the run's budget is spent: before each call (not each cache hit, which
 * costs nothing) it compares the {@link CallLedger}'s cost and tokens with {@code budget} and
 * fails fast with {@link Kind#BUDGET}, so a run can stop cleanly and be resumed with a larger
 * budget. Calls already in flight finish, so the spend may pass the cap by at most {@code
 * max_in_flight} calls.
 *
 * <pre>{@code
 * ChatModel capped = new BudgetChatModel(resilient, new ModelConfig.Budget(5.0, null), ledger);
 * }</pre>
 */
final class BudgetChatModel extends ChatModelLayer {
  private final ModelConfig.Budget budget;
  private final CallLedger ledger;

  BudgetChatModel(ChatModel inner, ModelConfig.Budget budget, CallLedger ledger) {
    super(inner);
    this.budget = budget;
    this.ledger = ledger;
  }

  @Override
  public ChatResponse chat(ChatRequest request) throws ModelCallException, InterruptedException {
    String spent = spent();
    if (spent != null) {
      ledger.failure(Kind.BUDGET);
      throw new ModelCallException(Kind.BUDGET, 0, provider() + " " + model() + ": budget spent, " + spent
          + "; the call was not made (raise budget in the model config to go on)", null);
    }
    return inner.chat(request);
  }

  /** What is spent, or null while the budget lasts. */
  private String spent() {
    if (budget.maxCostUsd() != null && ledger.costUsd() >= budget.maxCostUsd()) {
      return String.format(java.util.Locale.ROOT, "cost %.4f USD of max_cost_usd %.4f", ledger.costUsd(), budget.maxCostUsd());
    }
    if (budget.maxTokens() != null && ledger.totalTokens() >= budget.maxTokens()) {
      return ledger.totalTokens() + " tokens of max_tokens " + budget.maxTokens();
    }
    return null;
  }
}
