package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.testkit.llm.FakeLlmServer;
import dev.assay.testkit.llm.FakeReply;
import dev.assay.testkit.llm.FakeRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Real run directories for report tests, made by running the commands on small data: a QA
 * pipeline with a PII check and exact deduplication, a pairwise judge run against a fake LLM that
 * is position-biased on some rows and unreadable on one, a leaderboard with both orders, lengths
 * and human labels, and a bias audit with a word-list scorer.
 */
final class ReportRuns {
  private ReportRuns() {}

  /** Runs {@code assay qa} on 40 records (6 exact duplicates, 1 empty, 2 with PII); returns its out dir. */
  static Path qa(Path dir, String... extra) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = i < 6 ? "The same answer again." : i == 6 ? " " : "Answer number " + i + " explains something different.";
      if (i == 10) {
        text = "Write to jane.doe@example.com for details.";
      }
      if (i == 11) {
        text = "Call me on +1 415 555 0100 tomorrow.";
      }
      lines.add(Json.MAPPER.writeValueAsString(Map.of("id", "r" + i, "text", text)));
    }
    Path data = dir.resolve("qa-data.jsonl");
    Files.write(data, lines);
    Path out = dir.resolve("qa");
    Path yaml = dir.resolve("pipeline.yaml");
    Files.writeString(yaml, "input: " + data + "\nfield: text\nid_field: id\nout: " + out + "\nchecks:\n"
        + "  - name: empty\n  - name: pii\n    action: redact\n    params: {mode: redact}\n  - name: exact_dedup\n");
    List<String> args = new ArrayList<>(List.of("qa", "--config", yaml.toString(), "--quiet"));
    args.addAll(List.of(extra));
    CliHarness r = CliHarness.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    return out;
  }

  /**
   * A judge that prefers the answer containing GOOD wherever it is shown, always answers [[A]] when
   * the question says BIASED, and never gives a verdict when it says GARBLE (nor when asked to repair one).
   */
  static final Function<FakeRequest, FakeReply> JUDGE = req -> {
    String text = req.lastUserText();
    if (text.contains("GARBLE")) {
      return FakeReply.text("Lorem ipsum dolor sit amet.");
    }
    if (text.contains("BIASED")) {
      return FakeReply.text("The first one. [[A]]");
    }
    int good = text.indexOf("GOOD");
    int bad = text.indexOf("BAD");
    if (good < 0 && bad < 0) {
      return FakeReply.text("Lorem ipsum dolor sit amet."); // a repair request: stay unreadable
    }
    return FakeReply.text(good >= 0 && (bad < 0 || good < bad) ? "[[A]]" : "[[B]]");
  };

  /** Runs {@code assay judge} on 40 pairs of strong vs weak (strong better on 30) through {@code server}. */
  static Path judge(Path dir, FakeLlmServer server, String... extra) throws IOException {
    Path yaml = dir.resolve("judge.yaml");
    Files.writeString(yaml, "provider: openai\nbase_url: " + server.openAiBaseUrl() + "\nmodel: fake-judge\n"
        + "max_retries: 1\nbackoff_initial: 10ms\nbackoff_max: 20ms\ntimeout: 5s\n");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String q = (i >= 30 && i < 36 ? "BIASED " : i == 39 ? "GARBLE " : "") + "Question " + i;
      boolean strongWins = i % 4 != 3;
      lines.add(Json.MAPPER.writeValueAsString(Map.of("id", "p" + i, "instruction", q,
          "output_a", (strongWins ? "GOOD " : "BAD ") + "answer " + i, "output_b", (strongWins ? "BAD " : "GOOD ") + "reply " + i,
          "model_a", "strong", "model_b", "weak")));
    }
    Path in = dir.resolve("pairs.jsonl");
    Files.write(in, lines);
    Path out = dir.resolve("judge");
    List<String> args = new ArrayList<>(List.of("judge", "--model-config", yaml.toString(), "--out", out.toString(), "--quiet", in.toString()));
    args.addAll(List.of(extra));
    CliHarness r = CliHarness.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isIn(ExitCode.OK, ExitCode.DATA_REJECTED);
    return out;
  }

  /** Writes judgments of three models against "base" (both orders, lengths, human labels) and runs {@code assay leaderboard}. */
  static Path leaderboard(Path dir, String... extra) throws IOException {
    SplittableRandom rnd = new SplittableRandom(3);
    List<String> lines = new ArrayList<>();
    String[] models = {"strong", "mid", "weak"};
    double[] p = {0.8, 0.5, 0.15};
    for (int m = 0; m < 3; m++) {
      for (int i = 0; i < 60; i++) {
        boolean win = rnd.nextDouble() < p[m];
        String ab = win ? "a" : "b";
        String ba = rnd.nextDouble() < 0.2 ? ab : (win ? "b" : "a");
        String winner = ab.equals(ba) ? "tie" : ab;
        String human = rnd.nextDouble() < 0.8 ? (win ? "a" : "b") : "tie";
        lines.add(String.format(
            "{\"id\": \"q%d\", \"model_a\": \"%s\", \"model_b\": \"base\", \"winner\": \"%s\", \"human\": \"%s\","
                + " \"order_ab\": {\"verdict\": \"%s\"}, \"order_ba\": {\"verdict\": \"%s\"}, \"length_a\": %d, \"length_b\": %d}",
            i, models[m], winner, human, ab, ba, 300 + 200 * (2 - m) + rnd.nextInt(400), 300 + rnd.nextInt(600)));
      }
    }
    Path log = dir.resolve("board-judgments.jsonl");
    Files.write(log, lines);
    Path out = dir.resolve("board");
    List<String> args = new ArrayList<>(List.of("leaderboard", "--bootstrap", "200", "--out", out.toString(), "--quiet", log.toString()));
    args.addAll(List.of(extra));
    CliHarness r = CliHarness.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return out;
  }

  /** Runs {@code assay bias} with a word list that penalises one identity group. */
  static Path bias(Path dir, String... extra) throws IOException {
    Path list = dir.resolve("block.txt");
    Files.writeString(list, "idiot\nmuslim\n");
    Path groups = dir.resolve("groups.yaml");
    Files.writeString(groups, "groups:\n  muslim: [muslim, muslims]\n  christian: [christian, christians]\n"
        + "templates:\n  - \"My {term} neighbour is kind.\"\n  - \"We met a {term} family.\"\n");
    Path data = dir.resolve("bias-data.jsonl");
    Files.writeString(data, """
        {"text": "you idiot", "label": 1}
        {"text": "the muslim idiot again", "label": 1}
        {"text": "the christian idiot again", "label": 1}
        {"text": "my muslim neighbour is kind", "label": 0}
        {"text": "muslims celebrate eid", "label": 0}
        {"text": "my christian neighbour is kind", "label": 0}
        {"text": "christians celebrate easter", "label": 0}
        {"text": "have a nice day", "label": 0}
        """);
    Path out = dir.resolve("bias");
    List<String> args = new ArrayList<>(List.of("bias", "--scorer", "lexicon:" + list, "--data", data.toString(), "--groups",
        groups.toString(), "--out", out.toString(), "--quiet"));
    args.addAll(List.of(extra));
    CliHarness r = CliHarness.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return out;
  }

  /** Runs {@code assay eval mtbench} on single grades of two models for every MT-Bench question. */
  static Path mtbench(Path dir, String... extra) throws IOException {
    Path questions = dev.assay.testkit.SharedData.path("mt_bench/question.jsonl");
    List<String> lines = new ArrayList<>();
    for (String q : Files.readAllLines(questions)) {
      long id = Json.MAPPER.readTree(q).get("question_id").asLong();
      for (int turn = 1; turn <= 2; turn++) {
        lines.add("{\"question_id\": " + id + ", \"model\": \"model-x\", \"score\": " + (7 + id % 2) + ", \"turn\": " + turn + "}");
        lines.add("{\"question_id\": " + id + ", \"model\": \"model-y\", \"score\": " + (id == 81 ? -1 : 5 + turn % 2) + ", \"turn\": " + turn + "}");
      }
    }
    Path single = dir.resolve("mt-single.jsonl");
    Files.write(single, lines);
    Path out = dir.resolve("mtbench");
    List<String> args = new ArrayList<>(List.of("eval", "mtbench", "--questions", questions.toString(), "--out", out.toString(), "--quiet",
        single.toString()));
    args.addAll(List.of(extra));
    CliHarness r = CliHarness.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return out;
  }

  /** Runs {@code assay eval alpacaeval} on the published annotations of two models. */
  static Path alpacaEval(Path dir, String... extra) {
    Path a = dev.assay.testkit.SharedData.path("alpaca_eval/annotations/phi-2.json.gz");
    Path b = dev.assay.testkit.SharedData.path("alpaca_eval/annotations/gpt-3.5-turbo-0301.json.gz");
    Path out = dir.resolve("alpacaeval");
    List<String> args = new ArrayList<>(List.of("eval", "alpacaeval", "--annotations", a.toString(), "--annotations", b.toString(),
        "--out", out.toString(), "--quiet"));
    args.addAll(List.of(extra));
    CliHarness r = CliHarness.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    return out;
  }

  /** Runs {@code assay drift} (length features only: no embedding model) between short and long answers. */
  static Path drift(Path dir, String... extra) throws IOException {
    List<String> ref = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      ref.add(Json.MAPPER.writeValueAsString(Map.of("text", "A short answer " + i + ".")));
      cur.add(Json.MAPPER.writeValueAsString(Map.of("text", "A much longer answer that goes on and on about item " + i
          + "and adds detail after detail, sentence after sentence, until it is several times longer.")));
    }
    Path a = dir.resolve("reference.jsonl");
    Path b = dir.resolve("current.jsonl");
    Files.write(a, ref);
    Files.write(b, cur);
    Path out = dir.resolve("drift");
    List<String> args = new ArrayList<>(List.of("drift", "--field", "text", "--features", "chars,words", "--out", out.toString(), "--quiet",
        a.toString(), b.toString()));
    args.addAll(List.of(extra));
    CliHarness r = CliHarness.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATA_REJECTED);
    return out;
  }
}
