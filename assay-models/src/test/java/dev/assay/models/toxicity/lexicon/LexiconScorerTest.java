package dev.assay.models.toxicity.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconScorerTest {
  @TempDir Path dir;

  @Test
  void matchesWholeWordsAndPhrasesCaseInsensitively() throws Exception {
    Path list = dir.resolve("block.txt");
    Files.writeString(list, "# house list\nmuppet\nget lost\n\n");
    try (ToxicityScorer s = ToxicityScorers.open("lexicon:" + list)) {
      List<Map<String, Double>> out =
          s.score(List.of("You absolute MUPPET!", "muppets are puppets", "Just get   lost, ok?", "have a nice day", ""));
      assertThat(out).extracting(m -> m.get("toxicity")).containsExactly(1.0, 0.0, 1.0, 0.0, 0.0);
      assertThat(s.labels()).containsExactly("toxicity");
      assertThat(s.info()).containsEntry("terms", 2).containsKey("sha256");
    }
  }

  @Test
  void unknownSpecsAndEmptyListsAreClearErrors() throws Exception {
    assertThatThrownBy(() -> ToxicityScorers.open("nonsense"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown toxicity scorer 'nonsense'")
        .hasMessageContaining("lexicon:");
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "# nothing\n");
    assertThatThrownBy(() -> ToxicityScorers.open("lexicon:" + empty)).hasMessageContaining("the word list is empty");
    assertThatThrownBy(() -> ToxicityScorers.open("lexicon:" + dir.resolve("missing.txt"))).hasMessageContaining("cannot read");
  }
}
