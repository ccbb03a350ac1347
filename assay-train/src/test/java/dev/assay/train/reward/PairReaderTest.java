package dev.assay.train.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.models.reward.RewardPair;
import dev.assay.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PairReaderTest {
  @TempDir Path dir;

  private Path write(String name, String... lines) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, String.join("\n", lines) + "\n");
    return p;
  }

  @Test
  void readsEveryFormatWithSoftLabelsAndSkipsRecordsWithoutAPreference() throws Exception {
    Path pairs = write("pairs.jsonl",
        "{\"prompt\": \"Name a colour.\", \"chosen\": \"Blue.\", \"rejected\": \"Seven.\", \"margin\": 0.5}",
        "{\"prompt\": [{\"role\": \"user\", \"content\": \"Hi\"}], \"chosen\": \"Hello!\", \"rejected\": \"Hello!\"}");
    Path hh = write("hh.jsonl",
        "{\"chosen\": \"\\n\\nHuman: How do I pick a lock?\\n\\nAssistant: I can't help with that.\","
            + " \"rejected\": \"\\n\\nHuman: How do I pick a lock?\\n\\nAssistant: Use a tension wrench.\"}");
    Path alpaca = write("annotations.json",
        "[{\"instruction\": \"Add 2 and 3.\", \"output_1\": \"5\", \"output_2\": \"It is 5.\", \"generator_1\": \"base\","
            + " \"generator_2\": \"m1\", \"preference\": 1.25},",
        " {\"instruction\": \"Add 1 and 1.\", \"output_1\": \"2\", \"output_2\": \"11\", \"generator_2\": \"m1\", \"preference\": 0}]");
    Path judged = write("judgments.jsonl",
        "{\"id\": \"j1\", \"instruction\": \"Say hi.\", \"output_a\": \"hi\", \"output_b\": \"bye\", \"winner\": \"a\"}",
        "{\"id\": \"j2\", \"instruction\": \"Say no.\", \"output_a\": \"no\", \"output_b\": \"yes\", \"winner\": null}",
        "{\"id\": \"j3\", \"instruction\": \"Say it.\", \"output_a\": \"it\", \"output_b\": \"that\", \"winner\": \"tie\", \"preference\": 1.5}");
    PairReader.Loaded d = PairReader.read(List.of(pairs, hh, alpaca, judged));
    List<RewardPair> p = d.pairs();
    assertThat(p).hasSize(5);
    assertThat(p.get(0)).extracting(RewardPair::source, RewardPair::chosen, RewardPair::label, RewardPair::margin)
        .containsExactly("pairs", "Blue.", 1.0, 0.5);
    assertThat(p.get(1)).extracting(RewardPair::source, RewardPair::prompt, RewardPair::chosen)
        .containsExactly("hh-rlhf", "How do I pick a lock?", "I can't help with that.");
    // preference 1.25 = P(output_2) 0.25: output_1 is chosen with probability 0.75
    assertThat(p.get(2)).extracting(RewardPair::source, RewardPair::subset, RewardPair::chosen, RewardPair::label)
        .containsExactly("alpacaeval", "m1", "5", 0.75);
    assertThat(p.get(3)).extracting(RewardPair::id, RewardPair::chosen, RewardPair::label).containsExactly("j1", "hi", 1.0);
    assertThat(p.get(4)).extracting(RewardPair::label, RewardPair::decided).containsExactly(0.5, false);
    assertThat(d.files()).extracting(PairReader.FileStats::skipped).containsExactly(1L, 0L, 1L, 1L);
  }

  @Test
  void errorsNameFileAndLine() throws Exception {
    Path bad = write("bad.jsonl", "{\"prompt\": \"a\", \"chosen\": \"b\", \"rejected\": \"c\"}", "{\"text\": \"no pair\"}");
    assertThatThrownBy(() -> PairReader.read(List.of(bad)))
        .isInstanceOf(AssayInputException.class).hasMessageContaining("bad.jsonl:2").hasMessageContaining("[text]");
    Path judged = write("j.jsonl", "{\"winner\": \"a\", \"instruction\": \"x\"}");
    assertThatThrownBy(() -> PairReader.read(List.of(judged)))
        .hasMessageContaining("j.jsonl:1").hasMessageContaining("output_a");
    Path pref = write("p.jsonl", "{\"instruction\": \"x\", \"output_1\": \"a\", \"output_2\": \"b\", \"preference\": 3}");
    assertThatThrownBy(() -> PairReader.read(List.of(pref))).hasMessageContaining("p.jsonl:1").hasMessageContaining("preference");
    Path broken = write("broken.jsonl", "{\"prompt\": ");
    assertThatThrownBy(() -> PairReader.read(List.of(broken))).hasMessageContaining("broken.jsonl:1");
  }

  @Test
  void sharedHhRlhfAndAlpacaEvalFilesLoad() {
    Path hh = SharedData.path("hh_rlhf/harmless-base-test.jsonl.gz");
    PairReader.Loaded d = PairReader.read(List.of(hh));
    assertThat(d.pairs()).hasSize(2312);
    // the data README: the chosen answer is the longer one in only about 44% of pairs
    long longer = d.pairs().stream().filter(p -> p.chosen().length() > p.rejected().length()).count();
    assertThat(longer / 2312.0).isBetween(0.40, 0.48);
    Path a = SharedData.path("alpaca_eval/annotations/phi-2.json.gz");
    assertThat(PairReader.read(List.of(a)).pairs()).allMatch(p -> "phi-2".equals(p.subset()));
  }

  @Test
  void groupSplitIsStableAndKeepsPromptsTogether() {
    assertThat(GroupSplit.heldOut("same prompt", 42, 0.3)).isEqualTo(GroupSplit.heldOut("same prompt", 42, 0.3));
    int held = 0;
    for (int i = 0; i < 10_000; i++) {
      if (GroupSplit.heldOut("prompt " + i, 42, 0.2)) {
        held++;
      }
    }
    assertThat(held / 10_000.0).isBetween(0.18, 0.22);
  }
}
