package dev.assay.cli;

import dev.assay.eval.judge.JudgeRegistry;
import dev.assay.eval.run.JudgeRun;
import dev.assay.eval.run.RunOutcome;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay judge}: LLM-as-a-judge over a file of answer pairs, resumable.
 *
 * <pre>{@code
 * ./assay judge --mode pairwise --model-config judge.yaml --max-in-flight 32 --out out/judge pairs.jsonl
 * }</pre>
 */
@Command(
    name = "judge",
    mixinStandardHelpOptions = true,
    description = {
      "Judge answers with an LLM judge (or the offline reward model): pairs in both presentation"
          + " orders (an inconsistent pair counts as a tie, FastChat's rule), or single answers on a"
          + " scale or a rubric.",
      "Input (pairwise): a 'pair' run folder or any pair file: {\"id\", \"instruction\", \"output_a\", \"output_b\"}"
          + " (optional \"reference\"; other fields are copied to the output), prompt/chosen/rejected, hh-rlhf"
          + " transcripts or AlpacaEval annotations. A row without an id gets a stable one derived from its text.",
      "Input (single, rubric): a 'generate' run folder or its outputs.jsonl (MT-Bench rows are graded turn by"
          + " turn, with FastChat's multi-turn prompt for turn 2 and reference answers for math, reasoning and"
          + " coding), or {\"id\", \"instruction\", \"output\"}, or {\"id\", \"turns\": [...], \"answers\": [...]};"
          + " optional \"reference\" and \"category\".",
      "Writes into --out: judgments.jsonl (pairwise: id, winner a|b|tie|null, preference, outcome, status,"
          + " verdict_ab, verdict_ba; single: id, score, status, raw; rubric: criteria and overall), errors.jsonl (rows whose model calls failed), quarantine.jsonl"
          + " (unusable rows, file:line), responses.sqlite (the response cache) and manifest.json"
          + " (model_calls, cache_hits, tokens, cost).",
      "Run the same command again to resume: finished rows are kept and every answered request is"
          + " served from the cache, so only requests in flight when a run died are asked again.",
      "Exit codes: 0 all judged; 1 some rows quarantined or failed (see the files); 2 usage; 70 internal."
    })
public final class JudgeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

  @Option(names = "--mode", paramLabel = "MODE", description = "pairwise (default), single (grade each answer on a scale) or rubric (several criteria).")
  String mode = "pairwise";

  @Option(names = {"--model-config", "--judge-model"}, paramLabel = "FILE",
      description = "Judge model YAML (not needed by offline judges such as the reward model): provider (openai|anthropic|ollama), base_url, model, api_key_env, generation and limit settings (docs/model-clients.md).")
  Path modelConfig;

  @Option(names = "--judge", paramLabel = "NAME", description = "Registered judge of the mode's kind (default: the judge named like the mode); --list-judges shows all.")
  String judge;

  @Option(names = "--prompt", paramLabel = "NAME|FILE", description = "Prompt template: a bundled name or a template file (YAML, or FastChat judge_prompts.jsonl#name).")
  String prompt;

  @Option(names = "--judge-param", paramLabel = "KEY=VALUE",
      description = "A judge parameter overlaying its defaults (repeatable), e.g. samples=5, structured=true, swap=false; see docs/judges.md.")
  Map<String, String> judgeParams = new LinkedHashMap<>();

  @Option(names = "--max-in-flight", paramLabel = "N", description = "Model requests at once (overrides max_in_flight in the model config).")
  Integer maxInFlight;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (reuse it to resume).")
  Path out;

  @Option(names = "--list-judges", description = "List the registered judges and exit.")
  boolean listJudges;

  @Parameters(arity = "0..1", paramLabel = "INPUT", description = "A pair or generate run folder, or a pairs/answers file (.gz allowed).")
  Path pairs;

  @Mixin OutputMode output;

  @Mixin AutoReport report;

  @Override
  public Integer call() throws InterruptedException {
    if (listJudges) {
      Map<String, Object> judges = new LinkedHashMap<>();
      JudgeRegistry.all().keySet().forEach(n -> judges.put(n, JudgeRegistry.kindOf(n)));
      output.result(Map.of("judges", judges));
      return ExitCode.OK;
    }
    if (!List.of("pairwise", "single", "rubric").contains(mode)) {
      throw new UsageError("--mode: expected pairwise, single or rubric, found '" + mode + "'");
    }
    String judgeName = judge == null ? mode : judge;
    if (!JudgeRegistry.all().containsKey(judgeName)) {
      throw new UsageError("--judge: unknown judge '" + judgeName + "'; expected one of " + String.join(", ", JudgeRegistry.all().keySet()));
    }
    if (!JudgeRegistry.kindOf(judgeName).equals(mode)) {
      throw new UsageError("--judge: '" + judgeName + "' is a " + JudgeRegistry.kindOf(judgeName) + " judge, not a " + mode + " one");
    }
    if (pairs == null || out == null) {
      throw new UsageError("judge: expected --out DIR and a PAIRS file");
    }
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    JudgeRun.Result r;
    try (ProgressReporter bar = ProgressReporter.items("judge", "pairs", output.quiet() || output.json())) {
      r = JudgeRun.run(new JudgeRun.Options(pairs, out, judgeName, typed(judgeParams), modelConfig, prompt, maxInFlight, args), bar::stepTo);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
    RunOutcome o = r.outcome();
    Map<String, Object> summary = new LinkedHashMap<>();
    o.counts().forEach(e -> summary.put(e.getKey(), e.getValue()));
    summary.put("model_calls", r.ledger().modelCalls());
    summary.put("cache_hits", r.ledger().cacheHits());
    summary.put("cost_usd", r.ledger().costUsd());
    summary.put("status", r.manifest().status());
    summary.put("out", out.toString());
    output.report(summary, err -> {
      err.printf("%s: %d pairs: %d judged now, %d from earlier runs, %d failed, %d quarantined; %d model calls, %d cache hits -> %s%n",
          pairs, o.rows(), o.finished(), o.resumed(), o.failed(), o.quarantined(),
          r.ledger().modelCalls(), r.ledger().cacheHits(), out.resolve(JudgeRun.JUDGMENTS));
      if (o.stopReason() != null) {
        err.println("stopped early: " + o.stopReason() + "; run the same command again to continue");
      } else if (o.failed() > 0) {
        err.println("failed rows are in " + out.resolve("errors.jsonl") + "; run the same command again to retry them");
      }
    });
    report.write(spec.commandLine().getErr(), out, output.quiet() || output.json());
    return o.complete() && o.quarantined() == 0 ? ExitCode.OK : ExitCode.DATA_REJECTED;
  }

  /** Judge parameters from the command line: true/false and numbers as such, the rest as text. */
  private static Map<String, Object> typed(Map<String, String> raw) {
    Map<String, Object> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      Object value = v;
      if (v.equals("true") || v.equals("false")) {
        value = Boolean.parseBoolean(v);
      } else if (v.matches("-?\\d+")) {
        value = Long.parseLong(v);
      } else if (v.matches("-?\\d*\\.\\d+([eE]-?\\d+)?")) {
        value = Double.parseDouble(v);
      } else if (v.equals("null")) {
        value = null;
      }
      out.put(k, value);
    });
    return out;
  }
}
