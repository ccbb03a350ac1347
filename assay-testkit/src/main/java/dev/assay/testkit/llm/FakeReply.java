package dev.assay.testkit.llm;

import java.util.List;
import java.util.Objects;

/**
 * What {@link FakeLlmServer} answers to one request, before it is dressed in a protocol's JSON.
 * Token counts left at -1 are estimated (about four characters a token); logprobs left null are
 * made up from the text's whitespace-separated words when the request asks for them.
 *
 * <pre>{@code
 * FakeReply r = FakeReply.text("[[A]]");
 * FakeReply withLogprobs = FakeReply.text("A").withLogprobs(List.of(
 *     new FakeReply.Token("A", -0.1, List.of(new FakeReply.Alt("A", -0.1), new FakeReply.Alt("B", -2.4)))));
 * }</pre>
 *
 * @param text the assistant text
 * @param finishReason OpenAI's word ({@code stop}, {@code length}); other protocols translate it
 * @param inputTokens reported prompt tokens, or -1 to estimate
 * @param outputTokens reported completion tokens, or -1 to estimate
 * @param logprobs per-token logprobs to report, or null to make them up on request
 */
public record FakeReply(String text, String finishReason, int inputTokens, int outputTokens, List<Token> logprobs) {

  /** One generated token with its alternatives. */
  public record Token(String token, double logprob, List<Alt> top) {
    public Token {
      top = top == null ? List.of() : List.copyOf(top);
    }
  }

  /** One alternative token. */
  public record Alt(String token, double logprob) {}

  public FakeReply {
    Objects.requireNonNull(text, "text");
    finishReason = finishReason == null ? "stop" : finishReason;
    logprobs = logprobs == null ? null : List.copyOf(logprobs);
  }

  /** A plain reply that stopped normally. */
  public static FakeReply text(String text) {
    return new FakeReply(text, "stop", -1, -1, null);
  }

  public FakeReply withFinishReason(String reason) {
    return new FakeReply(text, reason, inputTokens, outputTokens, logprobs);
  }

  public FakeReply withUsage(int input, int output) {
    return new FakeReply(text, finishReason, input, output, logprobs);
  }

  public FakeReply withLogprobs(List<Token> tokens) {
    return new FakeReply(text, finishReason, inputTokens, outputTokens, tokens);
  }
}
