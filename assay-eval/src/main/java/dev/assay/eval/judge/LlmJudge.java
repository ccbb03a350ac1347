package dev.assay.eval.judge;

import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.ChatResponse;
import dev.assay.models.llm.ModelCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A judge that asks a chat model, split into steps a run engine can schedule itself (concurrently,
 * through the response cache, resuming after a kill):
 * <ol>
 *   <li>{@link #requests(Object)}: every request of the item (both orders, every
 *       self-consistency sample, every rubric criterion), independent of each other;
 *   <li>{@link #repair(Object, int, ChatResponse)}: for a reply with no readable verdict, the one
 *       follow-up request (empty when the reply is fine or repair is off);
 *   <li>{@link #combine(Object, List)}: a pure function from the exchanges (index-aligned with the
 *       requests) to the result.
 * </ol>
 * {@link #judge(Object, ChatModel)} runs the three steps one request at a time.
 *
 * <pre>{@code
 * List<ChatRequest> reqs = judge.requests(item);
 * List<Exchange> ex = new ArrayList<>();
 * for (int i = 0; i < reqs.size(); i++) {
 *   Exchange e = Exchange.of(model.chat(reqs.get(i)));
 *   Optional<ChatRequest> fix = judge.repair(item, i, e.response());
 *   ex.add(fix.isPresent() ? e.withRepair(model.chat(fix.get())) : e);
 * }
 * PairJudgment result = judge.combine(item, ex);
 * }</pre>
 */
public interface LlmJudge<I, R> extends Judge<I, R> {

  /** The requests of one item, in a fixed order; the same item always gives the same requests. */
  List<ChatRequest> requests(I item);

  /** The repair request for request {@code index} whose reply was {@code response}, if needed. */
  Optional<ChatRequest> repair(I item, int index, ChatResponse response);

  /** The result from the exchanges, one per request of {@link #requests(Object)}, same order. */
  R combine(I item, List<Exchange> exchanges);

  /** SHA-256 of the prompt template(s) this judge uses, for the run manifest. */
  String promptHash();

  @Override
  default R judge(I item, ChatModel model) throws InterruptedException {
    List<ChatRequest> reqs = requests(item);
    List<Exchange> out = new ArrayList<>(reqs.size());
    for (int i = 0; i < reqs.size(); i++) {
      Exchange e;
      try {
        e = Exchange.of(model.chat(reqs.get(i)));
      } catch (ModelCallException ex) {
        out.add(Exchange.failed(ex.kind() + ": " + ex.getMessage()));
        continue;
      }
      Optional<ChatRequest> fix = repair(item, i, e.response());
      if (fix.isPresent()) {
        try {
          e = e.withRepair(model.chat(fix.get()));
        } catch (ModelCallException ex) {
          e = e.withRepairError(ex.kind() + ": " + ex.getMessage());
        }
      }
      out.add(e);
    }
    return combine(item, out);
  }
}
