package dev.assay.models.llm;

import java.util.List;
import java.util.Objects;

/**
 * A model's answer to one {@link ChatRequest}.
 *
 * <pre>{@code
 * ChatResponse r = model.chat(request);
 * if (r.truncated()) { ... }            // hit max_tokens
 * String verdict = r.text();
 * }</pre>
 *
 * @param text the assistant message text (never null; empty when the model said nothing)
 * @param finishReason the provider's stop reason normalised to {@code stop}, {@code length},
 *     {@code content_filter} or the provider's own word
 * @param usage token counts
 * @param logprobs per-token logprobs when requested and supported, else empty
 * @param model the model id the provider says answered
 * @param cached true when served from the response cache (no model call was made)
 */
public record ChatResponse(
    String text,
    String finishReason,
    Usage usage,
    List<TokenLogprob> logprobs,
    String model,
    boolean cached) {

  public ChatResponse {
    Objects.requireNonNull(text, "text");
    usage = usage == null ? Usage.NONE : usage;
    logprobs = logprobs == null ? List.of() : List.copyOf(logprobs);
  }

  public boolean truncated() {
    return "length".equals(finishReason);
  }

  public ChatResponse asCached() {
    return new ChatResponse(text, finishReason, usage, logprobs, model, true);
  }
}
