package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class RewardCommandTest {
  @TempDir static Path dir;
  static Path pairs;
  static Path model;

  private static final String[] TOPICS = {"bread", "tides", "rainbows", "volcanoes", "chess", "bees", "glaciers",
      "compilers", "magnets", "coffee", "clouds", "bicycles", "tea", "owls", "rivers", "stars"};

  @BeforeAll
  static void trainOnce() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < TOPICS.length; i++) {
      String t = TOPICS[i];
      lines.add("{\"id\": \"q" + i + "\", \"prompt\": \"Explain " + t + " briefly.\", \"chosen\": \"Here is a short"
          + " explanation of " + t + ": the key idea in a sentence or two.\", \"rejected\": \"No.\", \"tag\": " + i + "}");
      lines.add("{\"id\": \"r" + i + "\", \"prompt\": \"Tell me one fact about " + t + ".\", \"chosen\": \"One fact"
          + " about " + t + " that people find surprising.\", \"rejected\": \"I will not answer questions about " + t + ".\"}");
    }
    pairs = dir.resolve("pairs.jsonl");
    Files.writeString(pairs, String.join("\n", lines) + "\n");
    model = dir.resolve("rm");
    CliHarness r = CliHarness.run("reward", "train", "--data", pairs.toString(), "--out", model.toString(),
        "--epochs", "5", "--validation-fraction", "0.25", "--quiet");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
  }

  @Test
  void trainWritesModelMetricsAndManifestWithTheDataHash() throws Exception {
    assertThat(model.resolve("reward-model.json")).exists();
    JsonNode metrics = Json.MAPPER.readTree(Files.readString(model.resolve("metrics.json")));
    assertThat(metrics.path("learning_curve").path("train_loss").size()).isGreaterThan(0);
    String manifest = Files.readString(model.resolve("manifest.json"));
    assertThat(manifest).contains("pairs.jsonl").contains("sha256").contains("center_rewards_coefficient");
  }

  @Test
  void scoreKeepsFieldsAndAddsRewards() throws Exception {
    Path out = dir.resolve("scored.jsonl");
    CliHarness r = CliHarness.run("reward", "score", "--model", model.toString(), "--out-file", out.toString(), pairs.toString(), "--quiet");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2 * TOPICS.length);
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    assertThat(first.path("tag").asInt()).isZero();
    double c = first.path("reward_chosen").asDouble();
    double x = first.path("reward_rejected").asDouble();
    assertThat(first.path("p_chosen").asDouble()).isCloseTo(1 / (1 + Math.exp(-(c - x))), org.assertj.core.api.Assertions.within(1e-9));
    assertThat(dir.resolve("scored.manifest.json")).exists();
  }

  @Test
  void evalPrintsTheContractFields() throws Exception {
    CliHarness r = CliHarness.run("reward", "eval", "--json", "--model", model.toString(), pairs.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode j = Json.MAPPER.readTree(r.out());
    for (String f : List.of("accuracy", "accuracy_length_matched", "ece", "reward_entropy", "n", "baselines", "by_source")) {
      assertThat(j.has(f)).as(f).isTrue();
    }
    assertThat(j.path("n").asInt()).isEqualTo(2 * TOPICS.length);
    assertThat(j.path("baselines").path("random").asDouble()).isEqualTo(0.5);
  }

  @Test
  void badInputNamesFileAndLineWithUsageExit() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"prompt\": \"a\", \"chosen\": \"b\", \"rejected\": \"c\"}\n{\"prompt\": \"a\", \"chosen\": 3, \"rejected\": \"c\"}\n");
    CliHarness s = CliHarness.run("reward", "score", "--model", model.toString(), "--out-file", dir.resolve("x.jsonl").toString(), bad.toString());
    assertThat(s.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(s.err()).contains("bad.jsonl:2").contains("chosen");
    assertThat(dir.resolve("x.jsonl")).doesNotExist();
    assertThat(dir.resolve(".partial-x.jsonl")).doesNotExist();
    CliHarness e = CliHarness.run("reward", "eval", "--json", "--model", model.toString(), bad.toString());
    assertThat(e.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(e.err()).contains("bad.jsonl:2");
    CliHarness t = CliHarness.run("reward", "train", "--data", bad.toString(), "--out", dir.resolve("t").toString());
    assertThat(t.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(t.err()).contains("bad.jsonl:2");
  }

  @Test
  void missingModelOrInputIsUsage() {
    CliHarness m = CliHarness.run("reward", "eval", "--json", "--model", dir.resolve("nope").toString(), pairs.toString());
    assertThat(m.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(m.err()).contains("no reward model");
    CliHarness i = CliHarness.run("reward", "score", "--model", model.toString(), "--out-file", dir.resolve("y.jsonl").toString(),
        dir.resolve("absent.jsonl").toString());
    assertThat(i.exit()).isEqualTo(ExitCode.USAGE);
    CliHarness o = CliHarness.run("reward", "train", "--data", pairs.toString(), "--out", dir.resolve("z").toString(), "--dropout", "1.5");
    assertThat(o.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(o.err()).contains("dropout");
    CliHarness n = CliHarness.run("reward", "train", "--data", pairs.toString(), "--out", dir.resolve("z").toString(), "--ensemble", "0");
    assertThat(n.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(n.err()).contains("ensemble: expected >= 1 network per head, found 0");
  }

  @Test
  void ensemblesHeadsAndLazyAnswerPairsTrainAndScore() throws Exception {
    Path out = dir.resolve("rm-heads");
    CliHarness r = CliHarness.run("reward", "train", "--data", pairs.toString(), "--out", out.toString(), "--epochs", "3",
        "--validation-fraction", "0.25", "--test-fraction", "0.25", "--ensemble", "2", "--heads-by-source",
        "--lazy-answers", "pairs", "--no-report", "--quiet");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode saved = Json.MAPPER.readTree(Files.readString(out.resolve("reward-model.json")));
    assertThat(saved.path("format").asString()).isEqualTo("assay-reward-mlp/2");
    assertThat(saved.path("heads").get(0).path("members").size()).isEqualTo(2);
    JsonNode metrics = Json.MAPPER.readTree(Files.readString(out.resolve("metrics.json")));
    assertThat(metrics.path("pairs").path("lazy_answer_pairs_in_train").asInt()).isPositive();
    assertThat(metrics.path("lazy_answer_check").path("n").asInt()).isPositive();
    CliHarness e = CliHarness.run("reward", "eval", "--json", "--model", out.toString(), pairs.toString());
    assertThat(e.exit()).as(e.err()).isEqualTo(ExitCode.OK);
    assertThat(Json.MAPPER.readTree(e.out()).path("n").asInt()).isEqualTo(32);
  }

  @Test
  void explainAttributesEachSentence() throws Exception {
    CliHarness r = CliHarness.run("reward", "explain", "--json", "--model", model.toString(), "--prompt", "Explain tides briefly.",
        "--response", "Tides come from the moon's pull. The sun adds a little.");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode j = Json.MAPPER.readTree(r.out());
    assertThat(j.path("sentences").size()).isEqualTo(2);
    assertThat(j.path("sentences").get(1).path("text").asString()).isEqualTo("The sun adds a little.");
    assertThat(j.path("sentences").get(0).path("attribution").isNumber()).isTrue();
  }

  @Test
  void theDefaultModelLoadsAndScores() throws Exception {
    CliHarness r = CliHarness.run("reward", "eval", "--json", "--model", "default", pairs.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    assertThat(Json.MAPPER.readTree(r.out()).path("n").asInt()).isEqualTo(2 * TOPICS.length);
  }

  @Test
  void crossValidatedSearchIsReportedInTheMetrics() throws Exception {
    Path out = dir.resolve("cv");
    CliHarness r = CliHarness.run("reward", "train", "--data", pairs.toString(), "--out", out.toString(), "--epochs", "3",
        "--cv-folds", "2", "--search", "2", "--validation-fraction", "0.25", "--quiet");
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode m = Json.MAPPER.readTree(Files.readString(out.resolve("metrics.json")));
    assertThat(m.path("model_selection").path("candidates").size()).isEqualTo(2);
  }

  @Test
  void evalAgainstAnotherModelReportsTheFlipRate() throws Exception {
    CliHarness r = CliHarness.run("reward", "eval", "--json", "--model", model.toString(), "--against", model.toString(), pairs.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
    JsonNode f = Json.MAPPER.readTree(r.out()).path("flip_rate");
    assertThat(f.path("flip_rate").asDouble()).isZero();
    assertThat(f.path("compared").asInt()).isEqualTo(2 * TOPICS.length);
  }
}
