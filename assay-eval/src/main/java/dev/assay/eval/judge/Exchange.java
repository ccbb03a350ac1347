package dev.assay.eval.judge;

import dev.assay.models.llm.ChatResponse;
import dev.assay.models.llm.Usage;

/**
 * What came back for one request of a judge: the reply, the reply to its repair request if one
 * was sent, or the error of a failed call. A run engine builds these (from the model or its cache)
 * and hands them to {@link LlmJudge#combine}.
 *
 * <pre>{@code
 * Exchange e = Exchange.of(model.chat(request));
 * e = e.withRepair(model.chat(judge.repair(item, i, e.response()).orElseThrow()));
 * Exchange failed = Exchange.failed("SERVER: 503 after 5 attempts");
 * }</pre>
 *
 * @param response the reply to the request, null when the call failed
 * @param repair the reply to the repair request, null when none was sent or it failed
 * @param error why a call failed, null when none did
 */
public record Exchange(ChatResponse response, ChatResponse repair, String error) {

  public static Exchange of(ChatResponse response) {
    return new Exchange(response, null, null);
  }

  public static Exchange failed(String error) {
    return new Exchange(null, null, error);
  }

  public Exchange withRepair(ChatResponse r) {
    return new Exchange(response, r, error);
  }

  public Exchange withRepairError(String e) {
    return new Exchange(response, null, e);
  }

  /** Model calls this exchange stands for (cached replies count too; see {@link #modelCalls}). */
  public int replies() {
    return (response == null ? 0 : 1) + (repair == null ? 0 : 1);
  }

  /** Replies that were not served from the cache. */
  public int modelCalls() {
    return (response != null && !response.cached() ? 1 : 0) + (repair != null && !repair.cached() ? 1 : 0);
  }

  /** Tokens of both replies. */
  public Usage usage() {
    Usage u = response == null ? Usage.NONE : response.usage();
    return repair == null ? u : u.plus(repair.usage());
  }
}
