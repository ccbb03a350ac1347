package dev.assay.cli.quickstart;

import dev.assay.cli.pipeline.PipelineFile;
import dev.assay.cli.pipeline.PipelineRunner;
import dev.assay.cli.pipeline.StepSpec;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The quickstart's steps as a pipeline file, {@code <out>/pipeline.yaml}: the same commands with
 * the same arguments that {@link QuickstartRun} runs through their code paths (validate, qa, pair
 * --chats, judge, leaderboard, report --tables). After the quickstart, its lock entries are
 * recorded from the files it wrote, so {@code assay run <out>/pipeline.yaml} finds every step
 * {@code cached}, and after an edit (say, to {@code inputs/qa.yaml}) runs exactly the steps it
 * affects.
 *
 * <pre>{@code
 * Path file = QuickstartPipeline.write(out);
 * QuickstartPipeline.record(file, result, Main::commandLine);   // after the steps ran
 * }</pre>
 */
public final class QuickstartPipeline {
  /** The pipeline file's name inside the quickstart's folder. */
  public static final String FILE = "pipeline.yaml";

  /** The sample chats, relative to the quickstart's folder. */
  public static final String SAMPLE = "inputs/sample-chat.jsonl";

  /** The QA configuration, relative to the quickstart's folder. */
  public static final String QA_CONFIG = "inputs/qa.yaml";

  private QuickstartPipeline() {}

  /** The steps, in the order they run. */
  public static List<StepSpec> steps() {
    return List.of(
        new StepSpec("validate", "validate", List.of(SAMPLE), params("schema", "openai-chat"), List.of(), "validate"),
        new StepSpec("qa", "qa", List.of(), params("config", QA_CONFIG, "input", "${steps.validate}/valid.jsonl"), List.of(), "qa"),
        new StepSpec("pairs", "pair", List.of(), params("chats", "${steps.qa}/kept.jsonl",
            "models", QuickstartRun.FIRST_MODEL + "," + QuickstartRun.SECOND_MODEL), List.of(), "pairs"),
        new StepSpec("judge", "judge", List.of("${steps.pairs}/pairs.jsonl"), params("judge", "reward-model"), List.of(), "judge"),
        new StepSpec("leaderboard", "leaderboard", List.of("${steps.judge}/judgments.jsonl"),
            params("baseline", QuickstartRun.SECOND_MODEL), List.of(), "leaderboard"),
        new StepSpec("report", "report", List.of("${steps.validate}", "${steps.qa}", "${steps.judge}", "${steps.leaderboard}"),
            params("tables", true), List.of(), "report.html").withOutputs(List.of("tables")));
  }

  /** Writes {@code <out>/pipeline.yaml} and returns it. */
  public static Path write(Path out) {
    return PipelineFile.write(out.resolve(FILE), steps());
  }

  /**
   * Records each step's lock entry from the files the quickstart wrote, with the exit code its
   * command would have returned (1 where records were rejected, quarantined or left unpaired).
   */
  public static void record(Path pipelineFile, QuickstartRun.Result r, Supplier<CommandLine> commands) {
    Map<String, Integer> codes = new LinkedHashMap<>();
    Map<String, Long> durations = new LinkedHashMap<>();
    for (QuickstartStep s : r.steps()) {
      String step = s.name().equals("tables") ? "report" : s.name();
      codes.merge(step, exitCode(s), Math::max);
      durations.merge(step, s.durationMs(), Long::sum);
    }
    new PipelineRunner(commands, x -> {}).record(pipelineFile, codes, durations);
  }

  private static int exitCode(QuickstartStep s) {
    for (String key : List.of("quarantined", "rejected", "prompts_unpaired", "failed")) {
      Object v = s.counts().get(key);
      if (v instanceof Number n && n.longValue() > 0) {
        return 1;
      }
    }
    return 0;
  }

  private static Map<String, Object> params(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
