package dev.assay.eval.judge;

import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.ChatModels;
import dev.assay.models.llm.ModelConfig;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeRequest;

/**
 * The real OpenAI-compatible client talking to a local {@link FakeLlmServer}: what judge tests
 * run against (no mocked client classes).
 */
final class JudgeServer implements AutoCloseable {
  final FakeLlmServer server = FakeLlmServer.start();
  final ChatModel model = ChatModels.provider(ModelConfig.of("openai", "judge-model", server.openAiBaseUrl(), null), null);

  @Override
  public void close() {
    model.close();
    server.close();
  }

  /** The text between {@code ## Answer A} and {@code ## Answer B} of a bundled pairwise prompt. */
  static String answerA(FakeRequest r) {
    String t = r.lastUserText();
    int a = t.indexOf("## Answer A");
    int b = t.indexOf("## Answer B");
    return a < 0 || b < 0 ? "" : t.substring(a, b);
  }

  /** True when the request is a repair turn. */
  static boolean isRepair(FakeRequest r) {
    return r.lastUserText().startsWith("I could not find your final verdict");
  }
}
