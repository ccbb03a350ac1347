package dev.assay.quality.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.quality.CheckRegistry;
import dev.assay.quality.DatasetCheck;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** semantic_dedup on paraphrases written for this test, with the bundled MiniLM. */
class SemanticDedupTest {
  static final List<String> TEXTS = List.of(
      "How do I reset my password?",                          // 1
      "What is the boiling point of water at sea level?",     // 2
      "What are the steps to reset my password?",             // 3 ~ 1 (cosine 0.945)
      "Recommend a good science fiction novel.",              // 4
      "At sea level, what temperature does water boil at?",   // 5 ~ 2 (0.909)
      "",                                                     // 6 blank
      "How do I reset my password?",                          // 7 == 1
      "Write a haiku about autumn leaves.",                   // 8
      "How do I reset my router?",                            // 9 related to 1, not a duplicate (0.53)
      "Can you suggest a great sci-fi book to read?",         // 10 ~ 4 (0.79)
      " \u00a0 ",                                             // 11 blank
      "  How do I reset my password?  ");                     // 12 == 1 after trimming

  static Map<Long, Finding> run(SemanticDedup check, List<String> texts) {
    DatasetCheck.Session s = check.start();
    for (int i = 0; i < texts.size(); i++) {
      s.observe(new QaRecord(i + 1, String.valueOf(i + 1), JsonNodeFactory.instance.objectNode(), texts.get(i)));
    }
    Map<Long, Finding> f = s.findings();
    assertThat(s.report()).containsEntry("records", (long) texts.size());
    return f;
  }

  static SemanticDedup with(double threshold, String keep) {
    SemanticDedup d = SemanticDedup.defaults();
    return new SemanticDedup(d.model(), threshold, d.buckets(), d.batchSize(), keep, d.neighbours(), d.seed());
  }

  @Test
  void paraphrasesAtTheDefaultThresholdAndExactCopiesAreFound() {
    Map<Long, Finding> f = run(SemanticDedup.defaults(), TEXTS);
    assertThat(f).containsOnlyKeys(3L, 5L, 7L, 12L);
    assertThat(f.get(3L).duplicateOf()).isEqualTo(1);
    assertThat(f.get(3L).rule()).isEqualTo("cosine");
    assertThat(f.get(3L).value()).isBetween(0.9, 1.0);
    assertThat(f.get(5L).duplicateOf()).isEqualTo(2);
    assertThat(f.get(7L)).isEqualTo(new Finding("semantic_dedup", "exact", 1.0, 0.9,
        "exact duplicate of line 1 (cosine 1.000, cluster of 4)", 1));
    assertThat(f.get(12L).duplicateOf()).isEqualTo(1);
  }

  @Test
  void aLowerThresholdCatchesLooserParaphrasesButNotMereTopicalNeighbours() {
    Map<Long, Finding> f = run(with(0.75, "first"), TEXTS);
    assertThat(f).containsOnlyKeys(3L, 5L, 7L, 10L, 12L);
    assertThat(f.get(10L).duplicateOf()).isEqualTo(4);
  }

  @Test
  void keepLongestKeepsTheLongestOfEachCluster() {
    Map<Long, Finding> f = run(with(0.9, "longest"), TEXTS);
    // cluster {1, 3, 7, 12}: 3 is the longest; cluster {2, 5}: 5 is longer
    assertThat(f).containsOnlyKeys(1L, 7L, 12L, 2L);
    assertThat(f.values()).extracting(Finding::duplicateOf).containsOnly(3L, 5L);
  }

  @Test
  void blankOnlyAndEmptyInputsGiveNoFindings() {
    assertThat(run(SemanticDedup.defaults(), List.of("", "  ", "\t"))).isEmpty();
    assertThat(run(SemanticDedup.defaults(), List.of())).isEmpty();
  }

  @Test
  void theRegistryBuildsItFromSnakeCaseParameters() throws Exception {
    var params = JsonMapper.builder().build().readTree("{\"threshold\": 0.85, \"keep\": \"longest\", \"batch_size\": 8}");
    SemanticDedup d = (SemanticDedup) CheckRegistry.create("semantic_dedup", params);
    assertThat(d.threshold()).isEqualTo(0.85);
    assertThat(d.batchSize()).isEqualTo(8);
    assertThat(d.model()).isEqualTo("minilm");
    assertThat(CheckRegistry.configOf(d)).containsKeys("model", "threshold", "buckets", "batch_size", "keep");
    assertThat(CheckRegistry.all()).containsKeys("semantic_dedup", "relevance");
    assertThatThrownBy(() -> CheckRegistry.create("semantic_dedup", JsonMapper.builder().build().readTree("{\"threshold\": 1.5}")))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> CheckRegistry.create("semantic_dedup", JsonMapper.builder().build().readTree("{\"keep\": \"random\"}")))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("keep");
  }
}
