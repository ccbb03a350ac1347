package dev.assay.cli.pipeline;

import dev.assay.cli.quickstart.QuickstartPipeline;
import dev.assay.cli.quickstart.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pipelines over real commands and small inputs, for the runner's tests. */
final class PipelineFixtures {
  private PipelineFixtures() {}

  /**
   * The quickstart's pipeline in {@code dir} (its inputs copied, nothing run yet): validate the
   * bundled sample, QA its valid records, pair the two models' kept answers, judge them offline, a
   * leaderboard, and the report with its tables over the four run folders.
   */
  static Path quickstart(Path dir) {
    Path inputs = dir.resolve("inputs");
    SampleFiles.copy(SampleFiles.CHATS, inputs);
    SampleFiles.copy(SampleFiles.QA_CONFIG, inputs);
    return QuickstartPipeline.write(dir);
  }

  static List<StepSpec> quickstartSteps() {
    return QuickstartPipeline.steps();
  }

  /** Three small JSON Lines files validated on their own; {@code c}'s QA reads {@code b}'s valid records. */
  static Path branches(Path dir) throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    for (String name : List.of("a", "b")) {
      Files.write(data.resolve(name + ".jsonl"), chats(name, 6), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("qa.yaml"), "input: unused.jsonl\nfield: messages[-1].content\nout: unused\nchecks:\n"
        + "  - name: empty\n  - name: length\n    params: {min_words: 2}\n", StandardCharsets.UTF_8);
    return PipelineFile.write(dir.resolve("pipeline.yaml"), List.of(
        step("va", "validate", List.of("data/a.jsonl"), params("schema", "openai-chat"), "out/va"),
        step("vb", "validate", List.of("data/b.jsonl"), params("schema", "openai-chat"), "out/vb"),
        step("qb", "qa", List.of(), params("config", "qa.yaml", "input", "${steps.vb}/valid.jsonl"), "out/qb")));
  }

  static List<String> chats(String tag, int n) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add("{\"id\":\"" + tag + i + "\",\"messages\":[{\"role\":\"user\",\"content\":\"Question " + i + " about " + tag
          + "?\"},{\"role\":\"assistant\",\"content\":\"" + (i == 0 ? "No" : "A full answer number " + i + " about " + tag) + "\"}]}");
    }
    return lines;
  }

  static StepSpec step(String name, String command, List<String> args, Map<String, Object> params, String out) {
    return new StepSpec(name, command, args, params, List.of(), out);
  }

  static Map<String, Object> params(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
