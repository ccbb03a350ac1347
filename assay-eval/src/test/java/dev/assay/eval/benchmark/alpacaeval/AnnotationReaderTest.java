package dev.assay.eval.benchmark.alpacaeval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.stats.rating.WinRateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationReaderTest {
  @TempDir Path dir;

  private static String record(String instruction, String pref, String o2) {
    return "{\"instruction\":\"" + instruction + "\",\"output_1\":\"base\",\"output_2\":\"" + o2
        + "\",\"generator_1\":\"base\",\"generator_2\":\"m\",\"preference\":" + pref + "}";
  }

  private Path write(String rel, String... records) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "[\n" + String.join(",\n", records) + "\n]\n");
    return p;
  }

  @Test
  void namesModelsFromPathsAndAlpacaEvalLayout() throws IOException {
    write("results/my-model/weighted_alpaca_eval_gpt4_turbo/annotations.json", record("a", "2", "xx"));
    write("results/my-model/model_outputs.json", "{\"instruction\":\"a\",\"output\":\"xx\"}");
    write("flat/other.json", record("a", "1", "x"));
    List<AnnotationSet> sets = AnnotationReader.readAll(List.of(dir.resolve("results"), dir.resolve("flat/other.json")));
    assertThat(sets).extracting(AnnotationSet::model).containsExactly("my-model", "other");
    assertThat(sets.get(0).generator()).isEqualTo("m");
  }

  /** AlpacaEval's conventions: 0 is a draw, null is dropped, an out-of-range value is dropped. */
  @Test
  void everyRecordIsCountedOrDropped() throws IOException {
    Path p = write("m.json", record("a", "2", "four"), record("b", "0", "xy"), record("c", "null", "é"), record("d", "3.5", "z"));
    AnnotationSet s = AnnotationReader.read(p);
    LeaderboardEntry e =
        AlpacaEvalLeaderboard.compute(List.of(s), Map.of(), AlpacaEvalLeaderboard.Options.defaults().withoutFit())
            .entries()
            .get(0);
    WinRateResult w = e.winRate();
    assertThat(w.nTotal()).isEqualTo(2);
    assertThat(w.nDraws()).isEqualTo(1);
    assertThat(e.dropped()).isEqualTo(2);
    assertThat(e.annotations()).isEqualTo(4);
    assertThat(w.winRate()).isEqualTo(75.0);
    assertThat(e.avgLength()).isEqualTo(2); // (4 + 2 + 1 + 1) / 4, code points
    assertThat(e.lcMethod()).isEqualTo("none");
  }

  @Test
  void errorsNameFileLineAndField() throws IOException {
    Path p = write("m.json", record("a", "2", "x"), record("b", "\"yes\"", "x"));
    assertThatThrownBy(() -> AnnotationReader.read(p))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining(p + ":3")
        .hasMessageContaining("preference: expected a number");
    Path q = write("n.json", "{\"instruction\":\"a\",\"output_1\":\"x\",\"preference\":2}");
    assertThatThrownBy(() -> AnnotationReader.read(q))
        .isInstanceOf(AssayInputException.class)
        .hasMessageContaining("output_2: expected a string, found no value");
    Path twice = write("dup/a/x/annotations.json", record("a", "2", "x"));
    write("dup/a.json", record("a", "2", "x"));
    assertThatThrownBy(() -> AnnotationReader.readAll(List.of(dir.resolve("dup"))))
        .hasMessageContaining("second one for 'a'");
    assertThat(twice).exists();
  }
}
