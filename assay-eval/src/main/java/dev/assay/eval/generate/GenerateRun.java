package dev.assay.eval.generate;

import dev.assay.core.AssayInputException;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.RunManifest;
import dev.assay.eval.run.ModelRunManifest;
import dev.assay.eval.run.ResumableRun;
import dev.assay.eval.run.RunOutcome;
import dev.assay.models.llm.CallLedger;
import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.ChatModels;
import dev.assay.models.llm.GenerationParams;
import dev.assay.models.llm.ModelConfig;
import dev.assay.models.llm.ResponseCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * A resumable generation run: a model answers every row of an eval set ({@link GenerateTask}:
 * instructions, chats or MT-Bench multi-turn questions), many rows at once on virtual threads
 * (bounded by the model config's {@code max_in_flight}), every answer kept in the response cache
 * in the output directory. Writes {@code outputs.jsonl} (input order once complete), {@code
 * errors.jsonl} (rows whose calls failed; retried by the next run), {@code quarantine.jsonl} (rows
 * that cannot run, with their {@code file:line}), {@code eval_set.jsonl} (the keyed copy of the
 * input), {@code responses.sqlite} and {@code manifest.json} (with {@code model_calls}, {@code
 * cache_hits}, tokens and cost). Run again with the same output directory, it makes no call for a
 * finished row.
 *
 * <pre>{@code
 * GenerateRun.Result r = GenerateRun.run(new GenerateRun.Options(
 *     Path.of("question.jsonl"), Path.of("out"), Path.of("model.yaml"), 64, null, args), n -> {});
 * r.ledger().modelCalls();
 * }</pre>
 */
public final class GenerateRun {
  /** The outputs file inside the output directory. */
  public static final String OUTPUTS = "outputs.jsonl";

  private GenerateRun() {}

  /**
   * @param input the eval set (JSONL or JSON array, optionally gzipped)
   * @param out output directory (created; reused to resume)
   * @param modelConfig the model's YAML config
   * @param maxInFlight model requests at once, overriding the config (may be null)
   * @param generator the name written to the outputs (null: the config's model)
   * @param arguments the command line, for the manifest
   */
  public record Options(Path input, Path out, Path modelConfig, Integer maxInFlight, String generator, List<String> arguments) {
    /** Validates and copies. */
    public Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(out, "out");
      Objects.requireNonNull(modelConfig, "modelConfig");
      if (maxInFlight != null && maxInFlight < 1) {
        throw new IllegalArgumentException("max-in-flight: expected >= 1, found " + maxInFlight);
      }
      arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
  }

  /**
   * What the run did.
   *
   * @param outcome the rows' fates
   * @param ledger model calls, cache hits, retries, failures, tokens and cost of this run
   * @param manifest the manifest written
   */
  public record Result(RunOutcome outcome, CallLedger ledger, RunManifest manifest) {}

  /** Runs; {@code progress} receives the rows finished so far. */
  public static Result run(Options o, LongConsumer progress) throws InterruptedException {
    if (!Files.isRegularFile(o.input())) {
      throw new AssayInputException(o.input() + ": no such file");
    }
    ModelConfig config = ModelConfig.load(o.modelConfig());
    if (o.maxInFlight() != null) {
      config = config.withMaxInFlight(o.maxInFlight());
    }
    String generator = o.generator() != null ? o.generator() : config.model();
    try {
      Files.createDirectories(o.out());
    } catch (IOException e) {
      throw new AssayInputException(o.out() + ": cannot create the output directory: " + e.getMessage(), e);
    }
    Path copy = o.out().resolve(EvalSetFile.NAME);
    long records = EvalSetFile.normalise(o.input(), copy);
    ManifestBuilder manifest = new ManifestBuilder("generate", o.arguments(), Clock.systemUTC());
    manifest.component("model", config.provider() + ":" + config.model(), model(config, generator));
    CallLedger ledger = new CallLedger();
    RunOutcome outcome;
    long started = System.nanoTime();
    try (ResponseCache cache = ResponseCache.open(o.out().resolve(ResponseCache.FILE_NAME));
        ChatModel model = ChatModels.open(config, cache, ledger)) {
      outcome = ResumableRun.run(copy, o.out(), new GenerateTask(model, generator, GenerationParams.DEFAULT),
          new ResumableRun.Options(OUTPUTS, Math.max(1, config.maxInFlight()), progress));
    } catch (IllegalArgumentException e) {
      throw new AssayInputException(o.modelConfig() + ": " + e.getMessage(), e);
    }
    manifest.timing("generate", (System.nanoTime() - started) / 1_000_000);
    manifest.input(o.input(), dev.assay.core.io.InputFiles.formatOf(o.input()), records);
    RunManifest m = ModelRunManifest.write(manifest, outcome, ledger, o.out(), "outputs", OUTPUTS);
    return new Result(outcome, ledger, m);
  }

  private static Map<String, Object> model(ModelConfig c, String generator) {
    Map<String, Object> m = new LinkedHashMap<>(c.toMap());
    m.put("generator", generator);
    return m;
  }
}
