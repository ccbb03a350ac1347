package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorers;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code assay train toxicity} end to end on a tiny data folder this test writes in the three
 * sources' file formats (our own sentences, about 200 texts: a few seconds to embed).
 */
class TrainToxicityCommandTest {
  private static final List<String> INSULTS = List.of("you are a stupid worthless idiot", "shut up you pathetic moron",
      "what a disgusting brainless loser you are", "go away you ugly dumb clown", "nobody can stand you, you filthy liar",
      "you are the most idiotic fool on this site", "get lost you useless pathetic creep", "you absolute moron, learn to read");
  private static final List<String> BENIGN = List.of("thanks for sharing the recipe", "the weather is lovely this morning",
      "i enjoyed the concert last night", "our team finished the garden project", "the library opens at nine tomorrow",
      "happy birthday, have a great day", "the new bridge makes my commute shorter", "we planted tomatoes and basil");
  private static final List<String> ENDINGS = List.of("", " today", " honestly", " again", " for sure", " right now");
  private static final List<String> GROUP_HATE = List.of("people from that group are all criminals", "that group should not be allowed to vote",
      "those people are ruining this country", "that group is less intelligent than everyone else");
  private static final List<String> GROUP_NEUTRAL = List.of("people from that group celebrate many holidays", "that group has a long history of music",
      "many people in that group work as teachers", "that group has communities in many cities");

  @TempDir Path tmp;

  static Path writeFixture(Path dir) throws IOException {
    Files.createDirectories(dir.resolve("toxigen"));
    StringBuilder olid = new StringBuilder("id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c\n");
    StringBuilder dav = new StringBuilder(",count,hate_speech,offensive_language,neither,class,tweet\n");
    int id = 0;
    for (String end : ENDINGS) {
      for (String s : INSULTS) {
        olid.append(id++).append("\t@USER ").append(s).append(end).append("\tOFF\tTIN\tIND\n");
        dav.append(id++).append(",3,0,3,0,1,\"").append(s).append(end).append(" lol\"\n");
      }
      for (String s : BENIGN) {
        olid.append(id++).append("\t@USER ").append(s).append(end).append("\tNOT\tNULL\tNULL\n");
        dav.append(id++).append(",3,0,0,3,2,\"").append(s).append(end).append(", \"\"really\"\"\"\n");
      }
    }
    gzip(dir.resolve("olid-training-v1.0.tsv.gz"), olid.toString());
    gzip(dir.resolve("davidson_labeled_data.csv.gz"), dav.toString());
    StringBuilder hate = new StringBuilder();
    StringBuilder neutral = new StringBuilder();
    for (String end : ENDINGS) {
      hate.append("- ").append(String.join(end + "\\n- ", GROUP_HATE)).append(end).append("\\n-\n");
      neutral.append("- ").append(String.join(end + "\\n- ", GROUP_NEUTRAL)).append(end).append("\\n-\n");
    }
    gzip(dir.resolve("toxigen/hate_testgroup_1k.txt.gz"), hate.toString());
    gzip(dir.resolve("toxigen/neutral_testgroup_1k.txt.gz"), neutral.toString());
    return dir;
  }

  static void gzip(Path file, String text) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void trainsWritesTheThreeFilesAndTheModelRanksInsultsAboveBenignText() throws Exception {
    Path data = writeFixture(tmp.resolve("data"));
    Path out = tmp.resolve("out");
    CliHarness r = CliHarness.run("train", "toxicity", "--data", data.toString(), "--out", out.toString(), "--seed", "7",
        "--weightings", "balanced,balanced-olid2", "--json");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("train toxicity: embedding").contains("held-out toxicity");
    JsonNode summary = JsonMapper.builder().build().readTree(r.out());
    assertThat(summary.path("examples").asInt()).isEqualTo(96 + 96 + 48);

    JsonNode metrics = JsonMapper.builder().build().readTree(out.resolve("metrics.json").toFile());
    assertThat(metrics.path("candidates").size()).isEqualTo(4);
    assertThat(metrics.path("held_out").path("toxicity").path("all").path("roc_auc").asDouble()).isGreaterThan(0.9);
    assertThat(metrics.path("candidates").get(0).path("leave_one_source_out_roc_auc").has("olid")).isTrue();
    JsonNode manifest = JsonMapper.builder().build().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.path("inputs").size()).isEqualTo(4);
    assertThat(manifest.path("inputs").get(0).path("sha256").asString()).hasSize(64);
    assertThat(manifest.path("seeds").path("split").asLong()).isEqualTo(7);
    assertThat(manifest.path("arguments").toString()).contains("--seed");

    try (ToxicityScorer s = ToxicityScorers.open("embedded:" + out.resolve("weights.json"))) {
      List<Map<String, Double>> p = s.score(List.of("you are a disgusting stupid idiot", "we had a lovely picnic in the park"));
      assertThat(p.get(0).get("toxicity")).isGreaterThan(p.get(1).get("toxicity") + 0.2);
      assertThat(s.info().get("weights").toString()).endsWith("weights.json");
    }
  }

  @Test
  void missingDataDirectoryIsBadUsage() {
    CliHarness r = CliHarness.run("train", "toxicity", "--data", tmp.resolve("nope").toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("nope: no such data directory");
  }

  @Test
  void missingSourceFileNamesIt() throws Exception {
    Path data = writeFixture(tmp.resolve("data"));
    Files.delete(data.resolve("davidson_labeled_data.csv.gz"));
    CliHarness r = CliHarness.run("train", "toxicity", "--data", data.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("davidson_labeled_data.csv.gz: no such file");
  }

  @Test
  void malformedRowsNameFileAndLine() throws Exception {
    Path data = writeFixture(tmp.resolve("data"));
    List<String> lines = new ArrayList<>(List.of("id\ttweet\tsubtask_a\tsubtask_b\tsubtask_c", "1\tfine tweet\tNOT\tNULL\tNULL", "2\tbad\tMAYBE\tNULL\tNULL"));
    gzip(data.resolve("olid-training-v1.0.tsv.gz"), String.join("\n", lines) + "\n");
    CliHarness r = CliHarness.run("train", "toxicity", "--data", data.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("olid-training-v1.0.tsv.gz:3: subtask_a: expected OFF or NOT, found 'MAYBE'");

    writeFixture(data);
    gzip(data.resolve("davidson_labeled_data.csv.gz"), ",count,hate_speech,offensive_language,neither,class,tweet\n"
        + "0,3,0,3,0,1,\"two\nlines\"\n1,3,0,0,3,x,plain\n");
    r = CliHarness.run("train", "toxicity", "--data", data.toString(), "--out", tmp.resolve("o").toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("davidson_labeled_data.csv.gz:4: class: expected 0, 1 or 2, found 'x'");
  }

  @Test
  void badOptionValuesAreUsageErrors() throws Exception {
    Path data = writeFixture(tmp.resolve("data"));
    CliHarness r = CliHarness.run("train", "toxicity", "--data", data.toString(), "--out", tmp.resolve("o").toString(), "--learners", "svm");
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("learners: expected lr and/or mlp");
    r = CliHarness.run("train", "toxicity", "--help");
    assertThat(r.exit()).isEqualTo(ExitCode.OK);
    assertThat(r.out()).contains("--limit-per-source").contains("leave-one-source-out").contains("embedded:<out>/weights.json");
  }
}
