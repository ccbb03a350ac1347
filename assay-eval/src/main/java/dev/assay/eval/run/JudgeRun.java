package dev.assay.eval.run;

import dev.assay.core.AssayInputException;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.RunManifest;
import dev.assay.eval.judge.Judge;
import dev.assay.eval.judge.JudgeRegistry;
import dev.assay.eval.judge.LlmJudge;
import dev.assay.eval.judge.PairItem;
import dev.assay.eval.judge.PairJudgment;
import dev.assay.eval.judge.SingleItem;
import dev.assay.models.llm.CallLedger;
import dev.assay.models.llm.ChatModel;
import dev.assay.models.llm.ChatModels;
import dev.assay.models.llm.ModelConfig;
import dev.assay.models.llm.ResponseCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * A resumable judge run (pairwise, single-answer grading or rubric, by the judge's kind): opens the judge model with its response cache (kept in the output
 * directory), runs the judge over every input row with {@link ResumableRun}, and writes
 * {@code judgments.jsonl}, {@code errors.jsonl}, {@code quarantine.jsonl}, the cache
 * {@code responses.sqlite} and {@code manifest.json} (with {@code model_calls},
 * {@code cache_hits}, tokens and cost). Running it again with the same output directory makes no
 * model call for anything already answered.
 *
 * <pre>{@code
 * JudgeRun.Result r = JudgeRun.run(new JudgeRun.Options(Path.of("pairs.jsonl"), Path.of("out"),
 *     "pairwise", null, Path.of("judge.yaml"), null, 64, args), n -> {});
 * r.ledger().modelCalls();
 * }</pre>
 */
public final class JudgeRun {

  /** The judgments file inside the output directory. */
  public static final String JUDGMENTS = "judgments.jsonl";

  /**
   * @param input pairs or answers ({@link JudgeInputs}: every pair format, generations), a file
   *     or the run folder of {@code assay pair} / {@code assay generate}
   * @param out output directory (created; reused to resume)
   * @param judge registered judge name (null: {@code pairwise})
   * @param judgeParams judge parameters overlaying its defaults (may be null)
   * @param modelConfig the judge model's YAML config; null for a judge that needs no model
   * @param prompt template name or file overriding the judge's (may be null)
   * @param maxInFlight model requests at once, overriding the config (may be null)
   * @param arguments the command line, for the manifest
   */
  public record Options(
      Path input,
      Path out,
      String judge,
      Map<String, Object> judgeParams,
      Path modelConfig,
      String prompt,
      Integer maxInFlight,
      List<String> arguments) {
    public Options {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(out, "out");
      judge = judge == null ? "pairwise" : judge;
      judgeParams = judgeParams == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(judgeParams));
      arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
  }

  /**
   * What a judge run did.
   *
   * @param outcome the rows' fates
   * @param ledger model calls, cache hits, retries, failures, tokens, cost of this run
   * @param manifest the manifest written
   */
  public record Result(RunOutcome outcome, CallLedger ledger, RunManifest manifest) {}

  private JudgeRun() {}

  /** Runs the judge; {@code progress} receives the rows finished so far. */
  public static Result run(Options o, LongConsumer progress) throws InterruptedException {
    Path input = RunFolders.file(o.input(), RunFolders.PAIRS, RunFolders.OUTPUTS);
    Judge<?, ?> judge = judge(o);
    String kind = JudgeRegistry.kindOf(judge.name());
    RowAdapter adapter = "pairwise".equals(kind) ? JudgeInputs.pairwise() : JudgeInputs.single();
    JudgeVariants<Judge<?, ?>> variants = variants(o, judge, kind);
    ModelConfig config = null;
    if (judge.needsModel()) {
      if (o.modelConfig() == null) {
        throw new AssayInputException("judge '" + judge.name() + "' asks a chat model: give its config (--model-config)");
      }
      config = ModelConfig.load(o.modelConfig());
      if (o.maxInFlight() != null) {
        config = config.withMaxInFlight(o.maxInFlight());
      }
    }
    ManifestBuilder manifest = new ManifestBuilder("judge", o.arguments(), Clock.systemUTC());
    Map<String, Object> judgeConfig = new LinkedHashMap<>(JudgeRegistry.configOf(judge));
    if (judge instanceof LlmJudge<?, ?> llm) {
      judgeConfig.put("prompt_sha256", llm.promptHash());
    }
    if (variants.present().size() > 1) {
      Map<String, Object> byShape = new LinkedHashMap<>();
      variants.present().forEach((shape, v) -> {
        Map<String, Object> c = new LinkedHashMap<>(JudgeRegistry.configOf(v));
        if (v instanceof LlmJudge<?, ?> l) {
          c.put("prompt_sha256", l.promptHash());
        }
        byShape.put(shape, c);
      });
      judgeConfig.put("variants", byShape);
    }
    manifest.component("judge", judge.name(), judgeConfig);
    if (config != null) {
      manifest.component("model", config.provider() + ":" + config.model(), new LinkedHashMap<>(config.toMap()));
    }
    CallLedger ledger = new CallLedger();
    RunOutcome outcome;
    try {
      Files.createDirectories(o.out());
    } catch (java.io.IOException e) {
      throw new AssayInputException(o.out() + ": cannot create the output directory: " + e.getMessage(), e);
    }
    long started = System.nanoTime();
    if (config == null) {
      int workers = o.maxInFlight() == null ? Runtime.getRuntime().availableProcessors() : o.maxInFlight();
      outcome = ResumableRun.run(input, o.out(), task(judge, variants, null),
          new ResumableRun.Options(JUDGMENTS, Math.max(1, workers), progress, adapter));
    } else {
      try (ResponseCache cache = ResponseCache.open(o.out().resolve(ResponseCache.FILE_NAME));
          ChatModel model = ChatModels.open(config, cache, ledger)) {
        outcome = ResumableRun.run(input, o.out(), task(judge, variants, model),
            new ResumableRun.Options(JUDGMENTS, Math.max(1, config.maxInFlight()), progress, adapter));
      }
    }
    manifest.timing("judge", (System.nanoTime() - started) / 1_000_000);
    manifest.input(input, dev.assay.core.io.InputFiles.formatOf(input), outcome.rows());
    RunManifest m = ModelRunManifest.write(manifest, outcome, ledger, o.out(), "judgments", JUDGMENTS);
    return new Result(outcome, ledger, m);
  }

  private static Judge<?, ?> judge(Options o) {
    Map<String, Object> params = new LinkedHashMap<>(o.judgeParams());
    if (o.prompt() != null) {
      params.put("prompt", o.prompt());
    }
    return JudgeRegistry.create(o.judge(), params);
  }

  /**
   * FastChat's prompt per item shape for the default judges, when no prompt was chosen: the
   * multi-turn templates for later turns, the reference judge for items with a reference.
   */
  private static JudgeVariants<Judge<?, ?>> variants(Options o, Judge<?, ?> judge, String kind) {
    if (o.prompt() != null || o.judgeParams().containsKey("prompt")) {
      return JudgeVariants.only(judge);
    }
    Map<String, Object> params = new LinkedHashMap<>(o.judgeParams());
    if (judge.name().equals("single")) {
      return new JudgeVariants<>(judge, JudgeRegistry.create("single", with(params, "single-multi-turn")),
          JudgeRegistry.create("single-reference", params),
          JudgeRegistry.create("single-reference", with(params, "single-reference-multi-turn")));
    }
    if (judge.name().equals("pairwise")) {
      return new JudgeVariants<>(judge, JudgeRegistry.create("pairwise", with(params, "pairwise-multi-turn")), null, null);
    }
    return JudgeVariants.only(judge);
  }

  private static Map<String, Object> with(Map<String, Object> params, String prompt) {
    Map<String, Object> p = new LinkedHashMap<>(params);
    p.put("prompt", prompt);
    return p;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ItemTask task(Judge<?, ?> judge, JudgeVariants<Judge<?, ?>> variants, ChatModel model) {
    String kind = JudgeRegistry.kindOf(judge.name());
    if (!"pairwise".equals(kind) && !(judge instanceof LlmJudge<?, ?>)) {
      throw new AssayInputException("judge '" + judge.name() + "': only pairwise judges may work without a chat model");
    }
    return switch (kind) {
      case "pairwise" -> new PairwiseJudgeTask((Judge<PairItem, PairJudgment>) judge, model, (JudgeVariants) variants);
      case "single", "rubric" -> new GradeTask((LlmJudge<SingleItem, ?>) judge, model, (JudgeVariants) variants);
      default -> throw new AssayInputException("judge '" + judge.name() + "': unsupported kind " + JudgeRegistry.kindOf(judge.name()));
    };
  }

}
