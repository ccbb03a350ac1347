package dev.assay.eval.benchmark.mtbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FastChat's MT-Bench data (lm-sys/FastChat {@code fastchat/llm_judge/data/mt_bench/question.jsonl}
 * and {@code reference_answer/gpt-4.jsonl}, in shared/data/mt_bench): 80 questions, ids 81-160,
 * 8 categories of 10, two turns each; GPT-4 reference answers for the 30 math, reasoning and coding
 * questions (FastChat's NEED_REF_CATS).
 */
class MtBenchQuestionsTest {
  @TempDir Path dir;

  @Test
  void loadsTheEightyQuestionsWithReferences() {
    MtBenchQuestions q =
        MtBenchQuestions.load(
            SharedData.path("mt_bench/question.jsonl"), SharedData.path("mt_bench/reference_answer_gpt-4.jsonl"));
    assertThat(q.questions()).hasSize(80);
    assertThat(q.get("81")).isNotNull();
    assertThat(q.get("160")).isNotNull();
    assertThat(q.maxTurns()).isEqualTo(2);
    assertThat(q.questions().values()).allMatch(x -> x.turns().size() == 2);
    Map<String, Long> perCategory =
        q.questions().values().stream().collect(Collectors.groupingBy(MtBenchQuestion::category, Collectors.counting()));
    assertThat(perCategory).hasSize(8).allSatisfy((c, n) -> assertThat(n).isEqualTo(10));
    assertThat(q.categories())
        .containsExactly("writing", "roleplay", "reasoning", "math", "coding", "extraction", "stem", "humanities");
    long withAnswers = q.questions().values().stream().filter(x -> !x.referenceAnswers().isEmpty()).count();
    assertThat(withAnswers).isEqualTo(30);
    for (MtBenchQuestion x : q.questions().values()) {
      assertThat(!x.referenceAnswers().isEmpty()).as(x.id()).isEqualTo(x.needsReference());
      if (x.needsReference()) {
        assertThat(x.referenceAnswers()).hasSize(2);
        assertThat(x.referenceAnswer(2)).isNotBlank();
      }
    }
    assertThat(q.get("111").category()).isEqualTo("math");
    assertThat(q.get("111").reference()).hasSize(2);
    assertThat(q.get("81").referenceAnswer(1)).isNull();
  }

  @Test
  void errorsNameFileLineAndField() throws IOException {
    Path bad = dir.resolve("q.jsonl");
    Files.writeString(bad, "{\"question_id\": 1, \"category\": \"math\", \"turns\": [\"a\"]}\n{\"question_id\": 2, \"category\": \"math\", \"turns\": []}\n");
    assertThatThrownBy(() -> MtBenchQuestions.load(bad, null))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining(bad + ":2: turns: expected a non-empty array");
    Path good = dir.resolve("ok.jsonl");
    Files.writeString(good, "{\"question_id\": 1, \"category\": \"math\", \"turns\": [\"a\"]}\n");
    Path ref = dir.resolve("ref.jsonl");
    Files.writeString(ref, "{\"question_id\": 9, \"choices\": [{\"turns\": [\"x\"]}]}\n");
    assertThatThrownBy(() -> MtBenchQuestions.load(good, ref))
        .hasMessageContaining(ref + ":1: question_id: expected an id of");
  }
}
