package dev.assay.cli;

import dev.assay.eval.generate.GenerateRun;
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
 * {@code assay generate}: runs a model over an eval set, resumably. The work is in {@link GenerateRun}.
 *
 * <pre>{@code
 * ./assay generate --model-config model.yaml --max-in-flight 64 --out answers/ mt_bench/question.jsonl
 * }</pre>
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Run a model over an eval set and keep its answers: JSON Lines or a JSON array (.gz allowed) whose"
          + " rows have 'turns' (MT-Bench: each turn sent with the earlier turns and answers in context),"
          + " 'messages' (a chat, sent as is) or 'instruction' (AlpacaEval / Alpaca, with 'input' appended).",
      "Rows are keyed by 'id', else 'question_id', else their record number. Requests run concurrently on"
          + " virtual threads up to --max-in-flight (or the config's max_in_flight); every answer is cached"
          + " in <out>/responses.sqlite, so running the same command again makes no call for finished rows"
          + " and retries only failed ones.",
      "Writes <out>/outputs.jsonl (the row plus output, generator, and for MT-Bench outputs and FastChat's"
          + " choices), errors.jsonl, quarantine.jsonl and manifest.json (model_calls, cache_hits, tokens, cost).",
      "Next: 'assay judge --mode single ... <out>' grades the answers (MT-Bench turn by turn), or"
          + " 'assay pair --reference <reference run> --out DIR <out>' pairs them with another model's for pairwise judging.",
      "Exit code 0 when every row has its answer, 1 when some failed or were quarantined, 2 on bad usage."
    })
public final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--model-config", required = true, paramLabel = "YAML", description = "Model config (provider, base_url, model, api_key_env, ...).")
  Path modelConfig;

  @Option(names = "--max-in-flight", paramLabel = "N", description = "Model requests at once (overrides the config).")
  Integer maxInFlight;

  @Option(names = "--generator", paramLabel = "NAME", description = "Name written as generator/model_id (default: the config's model).")
  String generator;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory (reuse it to resume).")
  Path out;

  @Parameters(index = "0", paramLabel = "EVAL_SET", description = "The eval set.")
  Path input;

  @Mixin OutputMode output;

  @Override
  public Integer call() throws InterruptedException {
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    GenerateRun.Result r;
    try (ProgressReporter bar = ProgressReporter.items("generate", "rows", output.quiet() || output.json())) {
      r = GenerateRun.run(new GenerateRun.Options(input, out, modelConfig, maxInFlight, generator, args), bar::stepTo);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
    RunOutcome o = r.outcome();
    Map<String, Object> summary = new LinkedHashMap<>();
    o.counts().forEach(e -> summary.put(e.getKey(), e.getValue()));
    summary.put("failures_by_kind", o.failuresByKind());
    summary.put("model_calls", r.ledger().modelCalls());
    summary.put("cache_hits", r.ledger().cacheHits());
    summary.put("input_tokens", r.ledger().inputTokens());
    summary.put("output_tokens", r.ledger().outputTokens());
    summary.put("cost_usd", r.ledger().costUsd());
    summary.put("status", r.manifest().status());
    summary.put("out", out.toString());
    output.report(summary, err -> {
      err.printf("%s: %d rows: %d answered now, %d from earlier runs, %d failed, %d quarantined; %d model calls, %d cache hits -> %s%n",
          input, o.rows(), o.finished(), o.resumed(), o.failed(), o.quarantined(),
          r.ledger().modelCalls(), r.ledger().cacheHits(), out.resolve(GenerateRun.OUTPUTS));
      if (o.stopReason() != null) {
        err.println("stopped early: " + o.stopReason() + "; run the same command again to continue");
      } else if (o.failed() > 0) {
        err.println("failed rows are in " + out.resolve("errors.jsonl") + "; run the same command again to retry them");
      }
    });
    return o.complete() && o.quarantined() == 0 ? ExitCode.OK : ExitCode.DATA_REJECTED;
  }
}
