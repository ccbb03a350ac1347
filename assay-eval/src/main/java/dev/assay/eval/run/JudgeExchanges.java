package dev.assay.eval.run;

import dev.assay.eval.judge.Exchange;
import dev.assay.eval.judge.LlmJudge;
import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.ModelCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the requests of one item of an {@link LlmJudge} concurrently (both orders, every sample,
 * every criterion at once, on virtual threads), sends each needed repair request, and combines.
 * Unlike {@link LlmJudge#judge}, a failed call is not folded into the result: it is thrown, so
 * that a resumable run reports the item and asks again next time. Replies that did arrive are in
 * the response cache by then, so the retry pays only for what failed.
 *
 * <pre>{@code
 * PairJudgment j = JudgeExchanges.judge(judge, item, model);   // throws ModelCallException
 * }</pre>
 */
public final class JudgeExchanges {

  private JudgeExchanges() {}

  /** Judges {@code item}; see the class comment for failure handling. */
  public static <I, R> R judge(LlmJudge<I, R> judge, I item, ChatModel model)
      throws ModelCallException, InterruptedException {
    List<ChatRequest> requests = judge.requests(item);
    if (requests.size() == 1) {
      return judge.combine(item, List.of(exchange(judge, item, 0, requests.get(0), model)));
    }
    try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Exchange>> futures = new ArrayList<>(requests.size());
      for (int i = 0; i < requests.size(); i++) {
        int index = i;
        futures.add(threads.submit(() -> exchange(judge, item, index, requests.get(index), model)));
      }
      List<Exchange> exchanges = new ArrayList<>(requests.size());
      ModelCallException first = null;
      for (Future<Exchange> f : futures) {
        try {
          exchanges.add(f.get());
        } catch (ExecutionException e) {
          if (e.getCause() instanceof ModelCallException m) {
            first = first == null ? m : first;
          } else if (e.getCause() instanceof InterruptedException ie) {
            throw ie;
          } else if (e.getCause() instanceof RuntimeException re) {
            throw re;
          } else {
            throw new IllegalStateException(e.getCause());
          }
        }
      }
      if (first != null) {
        throw first;
      }
      return judge.combine(item, exchanges);
    }
  }

  private static <I, R> Exchange exchange(
      LlmJudge<I, R> judge, I item, int index, ChatRequest request, ChatModel model)
      throws ModelCallException, InterruptedException {
    Exchange e = Exchange.of(model.chat(request));
    Optional<ChatRequest> repair = judge.repair(item, index, e.response());
    return repair.isPresent() ? e.withRepair(model.chat(repair.get())) : e;
  }
}
