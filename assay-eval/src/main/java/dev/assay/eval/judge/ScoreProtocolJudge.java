package dev.assay.eval.judge;

import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.ChatResponse;
import java.util.List;
import java.util.Optional;

/**
 * The shared body of the grading judges ({@code single}, {@code single-reference}, {@code g-eval}):
 * each is a configuration record that says how to build its {@link ScoreProtocol}; asking,
 * repairing, combining and hashing the prompt are the protocol's.
 *
 * <pre>{@code
 * record MyGrader(String prompt) implements ScoreProtocolJudge {
 *   public ScoreProtocol protocol() { ... }
 * }
 * }</pre>
 */
interface ScoreProtocolJudge extends SingleJudge, LlmJudge<SingleItem, Grade> {

  /** The protocol this configuration stands for. */
  ScoreProtocol protocol();

  @Override
  default List<ChatRequest> requests(SingleItem item) {
    return protocol().requests(item);
  }

  @Override
  default Optional<ChatRequest> repair(SingleItem item, int index, ChatResponse response) {
    return protocol().repair(item, index, response);
  }

  @Override
  default Grade combine(SingleItem item, List<Exchange> exchanges) {
    return protocol().combine(item.id(), exchanges);
  }

  @Override
  default String promptHash() {
    return protocol().template().sha256();
  }
}
