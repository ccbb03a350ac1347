package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import dev.assay.core.model.Message;
import dev.assay.core.model.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * MT-Bench questions as FastChat ships them: {@code question_id}, {@code category}, {@code turns}
 * (the user turns), optional {@code reference}. The sample holds the user turns only (answers come
 * from the model under test); category and reference answers go to metadata.
 *
 * <pre>{@code
 * Sample q = new MtBenchQuestionFormat().toSample(node, "question.jsonl:1");  // id "81"
 * }</pre>
 */
public final class MtBenchQuestionFormat implements SampleFormat {
  @Override
  public String name() {
    return "mt-bench-question";
  }

  @Override
  public String description() {
    return "MT-Bench question: {\"question_id\", \"category\", \"turns\": [...], \"reference\"?}";
  }

  @Override
  public boolean looksLike(JsonNode node) {
    return node.isObject() && node.has("question_id") && node.path("turns").isArray();
  }

  @Override
  public Sample toSample(JsonNode node, String where) {
    JsonNode id = node.get("question_id");
    if (id == null || !(id.isNumber() || id.isString())) {
      throw new AssayInputException(
          where + ": field 'question_id': expected a number or string, found " + Fields.describe(id));
    }
    JsonNode turns = node.get("turns");
    if (turns == null || !turns.isArray() || turns.isEmpty()) {
      throw new AssayInputException(
          where + ": field 'turns': expected a non-empty array of strings, found " + Fields.describe(turns));
    }
    List<Message> msgs = new ArrayList<>();
    for (int i = 0; i < turns.size(); i++) {
      if (!turns.get(i).isString()) {
        throw new AssayInputException(
            where + ": field 'turns[" + i + "]': expected a string, found " + Fields.describe(turns.get(i)));
      }
      msgs.add(Message.user(turns.get(i).stringValue()));
    }
    return new Sample(id.asString(), msgs, Fields.rest(node, Set.of("question_id", "turns")));
  }
}
