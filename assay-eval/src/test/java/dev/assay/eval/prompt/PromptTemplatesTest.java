package dev.assay.eval.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.model.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptTemplatesTest {
  @TempDir Path dir;

  @Test
  void everyBundledTemplateLoadsWithItsDeclaredType() {
    assertThat(PromptTemplates.bundled()).hasSizeGreaterThanOrEqualTo(12).contains("pairwise", "single", "rubric", "g-eval", "alpaca-logprob");
    for (String name : PromptTemplates.bundled()) {
      PromptTemplate t = PromptTemplates.resolve(name, null);
      assertThat(t.name()).isEqualTo(name);
      assertThat(t.source()).as(name).startsWith("bundled:" + name + ".");
      assertThat(t.template()).isNotBlank();
      assertThat(t.sha256()).hasSize(64);
    }
    assertThat(PromptTemplates.resolve("pairwise", TemplateKind.PAIRWISE).placeholders()).contains("instruction", "output_a", "output_b");
    assertThat(PromptTemplates.resolve("alpaca-logprob", null).kind()).isEqualTo(TemplateKind.PAIRWISE_LOGPROB);
  }

  @Test
  void templateFileIsReadFromBesideTheYaml() {
    PromptTemplate t = PromptTemplates.resolve("pairwise", TemplateKind.PAIRWISE);
    // The template's own file is its source, so placeholder errors name the .txt line.
    assertThat(t.source()).isEqualTo("bundled:pairwise.txt");
    assertThat(t.templateLine()).isEqualTo(1);
    assertThat(t.template()).contains("## Answer B");
  }

  @Test
  void rendersSystemFewShotAndItem() {
    PromptTemplate t = PromptTemplates.resolve("pairwise-fewshot", TemplateKind.PAIRWISE);
    List<Message> msgs = t.render(Map.of("instruction", "Name a colour.", "output_a", "Red", "output_b", "Table"), "q9");
    assertThat(msgs).extracting(Message::role).containsExactly("system", "user", "assistant", "user", "assistant", "user");
    assertThat(msgs.get(1).content()).contains("How many legs does a spider have?");
    assertThat(msgs.get(2).content()).contains("[[A]]");
    assertThat(msgs.get(5).content()).contains("Name a colour.").contains("Red").contains("Table");
  }

  @Test
  void fewShotExamplesOfSingleTemplatesShowTheExampleAnswerNotTheItems() {
    PromptTemplate t = PromptTemplates.resolve("single-fewshot", TemplateKind.SINGLE);
    List<Message> msgs = t.render(Map.of("instruction", "Item question", "answer", "ITEM ANSWER", "scale_min", "1", "scale_max", "10"), "s1");
    assertThat(msgs.get(1).content()).contains("capital of Australia").contains("Sydney").doesNotContain("ITEM ANSWER");
    assertThat(msgs.get(2).content()).contains("Rating: [[2]]");
    assertThat(msgs.get(msgs.size() - 1).content()).contains("ITEM ANSWER");
  }

  @Test
  void unknownPlaceholderNamesFileAndLine() throws Exception {
    Path f = dir.resolve("mine.yaml");
    Files.writeString(f, "type: single\nsystem: Be fair.\ntemplate: |\n  Q: {instruction}\n  A: {answr}\n");
    assertThatThrownBy(() -> PromptTemplates.resolve(f.toString(), TemplateKind.SINGLE))
        .isInstanceOf(AssayInputException.class)
        .hasMessageStartingWith(f + ":5: unknown placeholder {answr}")
        .hasMessageContaining("answer");
  }

  @Test
  void pairwisePlaceholderInASingleTemplateIsRejected() throws Exception {
    Path f = dir.resolve("t.txt");
    Files.writeString(f, "Q: {instruction}\n\nA: {output_a}\n");
    assertThatThrownBy(() -> PromptTemplates.resolve(f.toString(), TemplateKind.SINGLE))
        .hasMessageStartingWith(f + ":3: unknown placeholder {output_a}");
    assertThat(PromptTemplates.resolve(f.toString(), TemplateKind.PAIRWISE).kind()).isEqualTo(TemplateKind.PAIRWISE);
  }

  @Test
  void declaredVariablesAreAllowedAndMissingValuesNameTheItem() throws Exception {
    Path f = dir.resolve("ctx.yaml");
    Files.writeString(f, "type: single\nvariables: [context]\ntemplate: |\n  Context: {context}\n  Q: {instruction}\n  A: {answer}\n");
    PromptTemplate t = PromptTemplates.resolve(f.toString(), TemplateKind.SINGLE);
    assertThat(t.render(Map.of("context", "c", "instruction", "q", "answer", "a"), "i1").get(0).content()).contains("Context: c");
    assertThatThrownBy(() -> t.render(Map.of("instruction", "q", "answer", "a"), "i2"))
        .isInstanceOf(AssayInputException.class)
        .hasMessage(f + ":4: template 'ctx' needs {context} but item 'i2' has no value for it");
  }

  @Test
  void wrongTypeUnknownKeyAndUnknownNameAreClearErrors() throws Exception {
    Path f = dir.resolve("p.yaml");
    Files.writeString(f, "type: pairwise\ntemplate: \"{output_a} {output_b}\"\n");
    assertThatThrownBy(() -> PromptTemplates.resolve(f.toString(), TemplateKind.SINGLE))
        .hasMessageContaining(f + ":1: type: this judge needs a 'single' template, found 'pairwise'");
    Path g = dir.resolve("k.yaml");
    Files.writeString(g, "type: single\ntemplate: x {answer}\nsytem: typo\n");
    assertThatThrownBy(() -> PromptTemplates.resolve(g.toString(), TemplateKind.SINGLE))
        .hasMessageStartingWith(g + ":3: unknown key 'sytem'");
    assertThatThrownBy(() -> PromptTemplates.resolve("no-such-template", TemplateKind.SINGLE))
        .hasMessageContaining("unknown prompt 'no-such-template'").hasMessageContaining("pairwise");
    assertThatThrownBy(() -> PromptTemplates.resolve(dir.resolve("absent.yaml").toString(), TemplateKind.SINGLE))
        .hasMessageContaining("prompt file not found");
  }

  @Test
  void editedFileIsReloaded() throws Exception {
    Path f = dir.resolve("e.yaml");
    Files.writeString(f, "type: single\ntemplate: \"v1 {answer}\"\n");
    assertThat(PromptTemplates.resolve(f.toString(), TemplateKind.SINGLE).template()).startsWith("v1");
    Files.writeString(f, "type: single\ntemplate: \"version two {answer}\"\n");
    assertThat(PromptTemplates.resolve(f.toString(), TemplateKind.SINGLE).template()).startsWith("version two");
  }
}
