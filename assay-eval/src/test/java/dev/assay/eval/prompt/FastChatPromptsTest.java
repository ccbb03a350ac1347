package dev.assay.eval.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.model.Message;
import dev.assay.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FastChat's MT-Bench judge prompts (lm-sys/FastChat, fastchat/llm_judge/data/judge_prompts.jsonl) load as published. */
class FastChatPromptsTest {
  @TempDir Path dir;

  @Test
  void allEightPromptsLoadWithTheirTypes() {
    Path file = SharedData.path("mt_bench/judge_prompts.jsonl");
    Map<String, PromptTemplate> all = FastChatPrompts.load(file);
    assertThat(all.keySet()).containsExactly("pair-v2", "pair-v2-multi-turn", "pair-math-v1", "pair-math-v1-multi-turn",
        "single-v1", "single-math-v1", "single-v1-multi-turn", "single-math-v1-multi-turn");
    assertThat(all.get("pair-v2").kind()).isEqualTo(TemplateKind.PAIRWISE);
    assertThat(all.get("single-math-v1").kind()).isEqualTo(TemplateKind.SINGLE);
    assertThat(all.get("pair-math-v1-multi-turn").placeholders())
        .contains("question_1", "question_2", "ref_answer_1", "ref_answer_2", "answer_a_1", "answer_b_2");
    assertThat(all.get("pair-v2").outputFormat()).isEqualTo("[[A]]");
  }

  @Test
  void resolvesByFileAndNameAndRendersFastChatVariables() {
    Path file = SharedData.path("mt_bench/judge_prompts.jsonl");
    PromptTemplate t = PromptTemplates.resolve(file + "#pair-v2", TemplateKind.PAIRWISE);
    List<Message> msgs = t.render(Map.of("question", "Q?", "answer_a", "first", "answer_b", "second"), "81");
    assertThat(msgs.get(0).role()).isEqualTo("system");
    assertThat(msgs.get(0).content()).contains("[[A]]").contains("[[C]]");
    assertThat(msgs.get(1).content()).contains("Q?").contains("first").contains("second");
    // A bare .jsonl path gives the first template of the kind asked for.
    assertThat(PromptTemplates.resolve(file.toString(), TemplateKind.SINGLE).name()).isEqualTo("single-v1");
    assertThatThrownBy(() -> PromptTemplates.resolve(file + "#pair-v9", TemplateKind.PAIRWISE))
        .hasMessageContaining("no template named 'pair-v9'").hasMessageContaining("pair-v2");
  }

  @Test
  void errorsNameTheJsonlLine() throws Exception {
    Path f = dir.resolve("judge_prompts.jsonl");
    Files.writeString(f, "{\"name\": \"ok\", \"type\": \"single\", \"system_prompt\": \"\", \"prompt_template\": \"{question} {answer}\","
        + " \"description\": \"\", \"category\": \"general\", \"output_format\": \"[[rating]]\"}\n"
        + "{\"name\": \"bad\", \"type\": \"single\", \"system_prompt\": \"\", \"prompt_template\": \"{question}\\n{answr}\","
        + " \"description\": \"\", \"category\": \"general\", \"output_format\": \"[[rating]]\"}\n");
    assertThatThrownBy(() -> FastChatPrompts.load(f)).hasMessageStartingWith(f + ":2: unknown placeholder {answr}");
  }
}
