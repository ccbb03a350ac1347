package dev.assay.eval.judge;

import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.ChatResponse;
import java.util.List;
import java.util.Optional;

/**
 * The shared body of the verdict-based pairwise judges ({@code pairwise}, {@code pairwise-reference}):
 * each is a configuration record that says how to build its {@link PairProtocol}; asking,
 * repairing, combining and hashing the prompt are the protocol's.
 *
 * <pre>{@code
 * record MyPairJudge(String prompt) implements PairProtocolJudge {
 *   public PairProtocol protocol() { ... }
 * }
 * }</pre>
 */
interface PairProtocolJudge extends PairwiseJudge, LlmJudge<PairItem, PairJudgment> {

  /** The protocol this configuration stands for. */
  PairProtocol protocol();

  @Override
  default List<ChatRequest> requests(PairItem item) {
    return protocol().requests(item);
  }

  @Override
  default Optional<ChatRequest> repair(PairItem item, int index, ChatResponse response) {
    return protocol().repair(item, index, response);
  }

  @Override
  default PairJudgment combine(PairItem item, List<Exchange> exchanges) {
    return protocol().combine(item, exchanges);
  }

  @Override
  default String promptHash() {
    return protocol().template().sha256();
  }
}
