package dev.assay.models.llm;

import dev.assay.core.model.Message;
import java.util.List;
import java.util.Objects;

/**
 * One chat-completion request: the conversation and its generation parameters.
 *
 * <pre>{@code
 * ChatRequest r = ChatRequest.of(List.of(Message.system("You are a judge."), Message.user(prompt)),
 *     GenerationParams.DEFAULT.withTemperature(0.0));
 * }</pre>
 *
 * @param messages the conversation, in order (system first if any)
 * @param params generation parameters
 * @param sample which independent sample this is when the same prompt is asked k times
 *     (self-consistency); part of the cache key so that sample 2 is not served sample 1's answer
 */
public record ChatRequest(List<Message> messages, GenerationParams params, int sample) {

  public ChatRequest {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("messages: expected at least one message, found none");
    }
    params = params == null ? GenerationParams.DEFAULT : params;
    if (sample < 0) {
      throw new IllegalArgumentException("sample: expected >= 0, found " + sample);
    }
  }

  public static ChatRequest of(List<Message> messages, GenerationParams params) {
    return new ChatRequest(messages, params, 0);
  }

  public ChatRequest withSample(int k) {
    return new ChatRequest(messages, params, k);
  }
}
