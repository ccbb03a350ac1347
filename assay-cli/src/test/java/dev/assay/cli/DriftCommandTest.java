package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code assay drift}: outputs, shifted vs stable features, exit codes. */
class DriftCommandTest {
  static final List<String> ENGLISH = List.of(
      "The weather was lovely this morning, so we walked along the river.",
      "Please send me the report before the meeting on Thursday afternoon.",
      "My grandmother bakes the best apple pie in the whole village.",
      "The train was delayed because of a signal failure near the station.",
      "We are planning a small party for his birthday next weekend.",
      "Could you explain how this function handles an empty list?");
  static final List<String> GERMAN = List.of(
      "Das Wetter war heute Morgen herrlich, also sind wir am Fluss spazieren gegangen.",
      "Bitte schick mir den Bericht vor der Besprechung am Donnerstagnachmittag.",
      "Meine Großmutter backt den besten Apfelkuchen im ganzen Dorf.",
      "Der Zug hatte wegen einer Signalstörung in der Nähe des Bahnhofs Verspätung.",
      "Wir planen nächstes Wochenende eine kleine Feier zu seinem Geburtstag.",
      "Kannst du erklären, wie diese Funktion mit einer leeren Liste umgeht?");

  @TempDir Path dir;

  Path write(String name, List<String> texts, int n, int extraWords, long seed) throws Exception {
    Random rnd = new Random(seed);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String t = texts.get(rnd.nextInt(texts.size())) + " word".repeat(rnd.nextInt(5) + extraWords);
      lines.add(Json.MAPPER.writeValueAsString(Json.MAPPER.createObjectNode().put("text", t).put("score", rnd.nextGaussian())));
    }
    Path p = dir.resolve(name);
    Files.write(p, lines);
    return p;
  }

  @Test
  void lengthShiftIsReportedAndTheScoreIsNot() throws Exception {
    Path ref = write("ref.jsonl", ENGLISH, 300, 0, 1);
    Path cur = write("cur.jsonl", ENGLISH, 300, 12, 2);
    Path out = dir.resolve("out");
    CliHarness r = CliHarness.run("drift", "--field", "text", "--features", "chars,words", "--numeric", "score",
        "--out", out.toString(), "--json", ref.toString(), cur.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("shifted_features").toString()).contains("chars").contains("words").doesNotContain("score");
    JsonNode report = Json.MAPPER.readTree(out.resolve("report.json").toFile());
    for (JsonNode n : report.get("numeric")) {
      if (n.get("feature").asString().equals("words")) {
        assertThat(n.get("p_value").asDouble()).isLessThan(1e-6);
      }
      if (n.get("feature").asString().equals("score")) {
        assertThat(n.get("p_value").asDouble()).isGreaterThan(0.01);
      }
    }
    assertThat(out.resolve("report.md")).exists();
    assertThat(Json.MAPPER.readTree(out.resolve("manifest.json").toFile()).get("command").asString()).isEqualTo("drift");
  }

  @Test
  void noShiftExitsZero() throws Exception {
    Path a = write("a.jsonl", ENGLISH, 200, 0, 3);
    Path b = write("b.jsonl", ENGLISH, 200, 0, 4);
    CliHarness r = CliHarness.run("drift", "--field", "text", "--features", "chars,words", "--out", dir.resolve("o").toString(), a.toString(), b.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(r.err()).contains("no feature shifted");
  }

  @Test
  void languageAndEmbeddingShiftWithTheRealModels() throws Exception {
    Path ref = write("en.jsonl", ENGLISH, 60, 0, 5);
    Path cur = write("de.jsonl", GERMAN, 60, 0, 6);
    Path out = dir.resolve("lang");
    CliHarness r = CliHarness.run("drift", "--field", "text", "--features", "language,embedding", "--clusters", "4",
        "--out", out.toString(), "--json", ref.toString(), cur.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    JsonNode s = Json.MAPPER.readTree(r.out());
    assertThat(s.get("shifted_features").toString()).contains("language").contains("embedding");
    String md = Files.readString(out.resolve("report.md"));
    assertThat(md).contains("language").contains("appeared");
  }

  @Test
  void badUsageExitsTwo() throws Exception {
    Path a = write("a.jsonl", ENGLISH, 10, 0, 7);
    CliHarness r = CliHarness.run("drift", "--field", "text", "--features", "colour", "--out", dir.toString(), a.toString(), a.toString());
    assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("colour");
    CliHarness missing = CliHarness.run("drift", "--field", "text", "--out", dir.toString(), a.toString(), dir.resolve("nope.jsonl").toString());
    assertThat(missing.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(missing.err()).contains("nope.jsonl");
  }
}
