package dev.assay.eval.generate;

import dev.assay.core.model.Message;
import dev.assay.eval.run.ItemTask;
import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.ChatResponse;
import dev.assay.models.llm.GenerationParams;
import dev.assay.models.llm.ModelCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generates a model's answer for one eval-set row, in one of three shapes (checked in this order):
 *
 * <ul>
 *   <li>{@code turns}: an array of user turns (MT-Bench): each turn is sent with the earlier turns
 *       and the model's own earlier answers in context; the result has {@code outputs} (one per
 *       turn) and FastChat's {@code choices: [{"index": 0, "turns": [...]}]} and {@code model_id};
 *   <li>{@code messages}: a chat ({@code role}, {@code content}) sent as is;
 *   <li>{@code instruction} (with an optional Alpaca {@code input} appended after a blank line):
 *       one user message.
 * </ul>
 *
 * Every result has {@code output} (the last answer) and {@code generator} (AlpacaEval's
 * model_outputs fields), {@code finish_reason}, token counts and {@code cached} (all answers came
 * from the response cache); the row's other fields are kept.
 *
 * <pre>{@code
 * ItemTask t = new GenerateTask(model, "my-model", GenerationParams.DEFAULT);
 * ObjectNode out = t.run(row);   // {"instruction": ..., "output": ..., "generator": "my-model", ...}
 * }</pre>
 */
public final class GenerateTask implements ItemTask {
  private final ChatModel model;
  private final String generator;
  private final GenerationParams params;

  /**
   * @param model the model, with its cache and limits already layered
   * @param generator the name written to {@code generator} / {@code model_id}
   * @param params generation parameters of every request (the config's defaults apply beneath)
   */
  public GenerateTask(ChatModel model, String generator, GenerationParams params) {
    this.model = Objects.requireNonNull(model, "model");
    this.generator = Objects.requireNonNull(generator, "generator");
    this.params = Objects.requireNonNull(params, "params");
  }

  @Override
  public List<String> problems(JsonNode row) {
    String where = row.hasNonNull(EvalSetFile.SOURCE) ? " (" + row.get(EvalSetFile.SOURCE).asString() + ")" : "";
    if (row.hasNonNull(EvalSetFile.ERROR)) {
      return List.of(row.get(EvalSetFile.ERROR).asString());
    }
    JsonNode turns = row.get("turns");
    if (turns != null) {
      if (!turns.isArray() || turns.isEmpty()) {
        return List.of("field 'turns': expected a non-empty array of strings, found " + kind(turns) + where);
      }
      for (int i = 0; i < turns.size(); i++) {
        if (!turns.get(i).isString()) {
          return List.of("field 'turns[" + i + "]': expected a string, found " + kind(turns.get(i)) + where);
        }
      }
      return List.of();
    }
    JsonNode messages = row.get("messages");
    if (messages != null) {
      if (!messages.isArray() || messages.isEmpty()) {
        return List.of("field 'messages': expected a non-empty array of {role, content}, found " + kind(messages) + where);
      }
      for (int i = 0; i < messages.size(); i++) {
        JsonNode m = messages.get(i);
        if (!m.isObject() || !m.path("content").isString() || !Message.ROLES.contains(m.path("role").asString(""))) {
          return List.of("field 'messages[" + i + "]': expected {\"role\": system|user|assistant|tool, \"content\": string}, found "
              + kind(m) + where);
        }
      }
      return List.of();
    }
    JsonNode instruction = row.get("instruction");
    if (instruction == null || !instruction.isString() || instruction.stringValue().isBlank()) {
      return List.of("expected a field 'instruction' (string), 'messages' (chat) or 'turns' (MT-Bench), found "
          + (instruction == null ? "none of them" : "instruction " + kind(instruction)) + where);
    }
    return List.of();
  }

  @Override
  public ObjectNode run(JsonNode row) throws ModelCallException, InterruptedException {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    row.properties().forEach(e -> {
      if (!e.getKey().equals("id") && !e.getKey().equals(EvalSetFile.SOURCE)) {
        out.set(e.getKey(), e.getValue());
      }
    });
    List<ChatResponse> answers = new ArrayList<>();
    if (row.has("turns")) {
      List<Message> context = new ArrayList<>();
      for (JsonNode t : row.get("turns")) {
        context.add(Message.user(t.stringValue()));
        ChatResponse r = model.chat(ChatRequest.of(List.copyOf(context), params));
        answers.add(r);
        context.add(Message.assistant(r.text()));
      }
      ArrayNode outputs = out.putArray("outputs");
      answers.forEach(a -> outputs.add(a.text()));
      out.put("model_id", generator);
      ObjectNode choice = out.putArray("choices").addObject();
      choice.put("index", 0);
      choice.set("turns", outputs.deepCopy());
    } else {
      List<Message> messages = new ArrayList<>();
      if (row.has("messages")) {
        for (JsonNode m : row.get("messages")) {
          messages.add(new Message(m.get("role").asString(), m.get("content").stringValue()));
        }
      } else {
        String text = row.get("instruction").stringValue();
        JsonNode input = row.get("input");
        if (input != null && input.isString() && !input.stringValue().isBlank()) {
          text = text + "\n\n" + input.stringValue();
        }
        messages.add(Message.user(text));
      }
      answers.add(model.chat(ChatRequest.of(messages, params)));
    }
    ChatResponse last = answers.get(answers.size() - 1);
    out.put("output", last.text());
    out.put("generator", generator);
    out.put("finish_reason", last.finishReason());
    out.put("truncated", answers.stream().anyMatch(ChatResponse::truncated));
    out.put("input_tokens", answers.stream().mapToLong(a -> a.usage().inputTokens()).sum());
    out.put("output_tokens", answers.stream().mapToLong(a -> a.usage().outputTokens()).sum());
    out.put("cached", answers.stream().allMatch(ChatResponse::cached));
    return out;
  }

  private static String kind(JsonNode v) {
    String t = v.toString();
    return v.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + " " + (t.length() > 40 ? t.substring(0, 37) + "..." : t);
  }
}
