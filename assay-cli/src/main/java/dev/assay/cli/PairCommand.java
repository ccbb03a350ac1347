package dev.assay.cli;

import dev.assay.eval.pair.ChatPairs;
import dev.assay.eval.pair.PairJoin;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code assay pair}: each model's generations against a reference model's, ready for {@code
 * judge --mode pairwise}. The work is in {@link PairJoin}.
 *
 * <pre>{@code
 * ./assay pair --reference out/gen-gpt4 --out out/pairs out/gen-mine out/gen-other
 * ./assay pair --chats out/qa/kept.jsonl --models model-a,model-b --out out/pairs
 * }</pre>
 */
@Command(
    name = "pair",
    mixinStandardHelpOptions = true,
    description = {
      "Join model generations with a reference model's into pairs (AlpacaEval's --model_outputs /"
          + " --reference_outputs): each MODEL_RUN (a 'generate' run folder or its outputs.jsonl, or an AlpacaEval"
          + " model_outputs file) against the --reference one, matched by MT-Bench question_id, else by instruction.",
      "Writes <out>/pairs.jsonl (id, item_id, instruction, output_a = the model, output_b = the reference,"
          + " model_a, model_b; MT-Bench: one pair per turn, item <question_id>#<turn>, later turns with the"
          + " conversation so far), unmatched.jsonl (items on one side only), quarantine.jsonl and manifest.json.",
      "With --chats instead: one data set of chat records (a QA run's kept.jsonl) that name their prompt_id and"
          + " model; each prompt both --models answered becomes a pair, the two models alternating between positions a and b.",
      "Next: assay judge --mode pairwise --model-config judge.yaml --out <judge dir> <out>",
      "Exit codes: 0 every item paired; 1 some items were on one side only or lines were quarantined; 2 usage."
    })
public final class PairCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--reference", paramLabel = "RUN", description = "The reference model's generate run folder or generations file (output_b).")
  Path reference;

  @Option(names = "--chats", paramLabel = "FILE", description = "Instead of generate runs: chat records with prompt_id and model"
      + " (a QA run's kept.jsonl, .gz allowed); pairs the two --models' answers to each prompt.")
  Path chats;

  @Option(names = "--models", paramLabel = "A,B", split = ",", description = "With --chats: the two models to pair, A in position a"
      + " of the first pair (default: the first two models in the file).")
  List<String> chatModels = new ArrayList<>();

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "Output directory.")
  Path out;

  @Parameters(arity = "0..*", paramLabel = "MODEL_RUN", description = "Generate run folders or generations files of the compared models (output_a).")
  List<Path> models = new ArrayList<>();

  @Mixin OutputMode output;

  @Override
  public Integer call() {
    List<String> args = List.copyOf(spec.commandLine().getParseResult().originalArgs());
    if (chats != null) {
      return chats(args);
    }
    if (reference == null || models.isEmpty()) {
      throw new UsageError("give --reference RUN and the compared MODEL_RUNs, or --chats FILE (see --help)");
    }
    if (!chatModels.isEmpty()) {
      throw new UsageError("--models goes with --chats; with --reference, the models are the MODEL_RUNs");
    }
    PairJoin.Result r;
    try {
      r = PairJoin.run(new PairJoin.Options(reference, models, out, args));
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
    long unmatchedItems = 0;
    List<Map<String, Object>> perModel = new ArrayList<>();
    for (PairJoin.ModelJoin j : r.models()) {
      unmatchedItems += j.onlyInModel().size() + j.onlyInReference().size();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("model", j.model());
      m.put("pairs", j.pairs());
      m.put("only_in_model", j.onlyInModel().size());
      m.put("only_in_model_first", PairJoin.first(j.onlyInModel()));
      m.put("only_in_reference", j.onlyInReference().size());
      m.put("only_in_reference_first", PairJoin.first(j.onlyInReference()));
      m.put("quarantined", j.quarantined());
      perModel.add(m);
    }
    long unmatched = unmatchedItems;
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("reference", r.reference());
    summary.put("pairs", r.pairs());
    summary.put("unmatched", unmatched);
    summary.put("quarantined", r.quarantined());
    summary.put("models", perModel);
    summary.put("out", out.toString());
    output.report(summary, err -> {
      for (PairJoin.ModelJoin j : r.models()) {
        err.printf("%s vs %s: %d pairs", j.model(), r.reference(), j.pairs());
        if (!j.onlyInModel().isEmpty()) {
          err.printf("; %d items only in %s (%s)", j.onlyInModel().size(), j.model(), firstText(j.onlyInModel()));
        }
        if (!j.onlyInReference().isEmpty()) {
          err.printf("; %d items only in the reference (%s)", j.onlyInReference().size(), firstText(j.onlyInReference()));
        }
        err.println();
      }
      if (r.quarantined() > 0) {
        err.printf("%d lines quarantined: %s%n", r.quarantined(), out.resolve("quarantine.jsonl"));
      }
      err.printf("%d pairs -> %s%s%n", r.pairs(), out.resolve(PairJoin.PAIRS),
          unmatched > 0 ? "; unmatched items in " + out.resolve(PairJoin.UNMATCHED) : "");
    });
    return unmatched == 0 && r.quarantined() == 0 ? ExitCode.OK : ExitCode.DATA_REJECTED;
  }

  private Integer chats(List<String> args) {
    if (reference != null || !models.isEmpty()) {
      throw new UsageError("--chats pairs answers inside one file; give it without --reference and MODEL_RUNs");
    }
    if (chatModels.size() > 2 || chatModels.stream().distinct().count() != chatModels.size()) {
      throw new UsageError("--models: give two different models as A,B, found " + String.join(",", chatModels));
    }
    ChatPairs.Result r;
    try {
      r = ChatPairs.run(new ChatPairs.Options(chats, chatModels.isEmpty() ? null : chatModels.get(0),
          chatModels.size() < 2 ? null : chatModels.get(1), out, args));
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage(), e);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("models", List.of(r.first(), r.second()));
    summary.put("prompts", r.prompts());
    summary.put("pairs", r.pairs());
    summary.put("unmatched", r.unpaired().size());
    summary.put("unmatched_first", PairJoin.first(r.unpaired()));
    summary.put("repeats", r.repeats());
    summary.put("other_models", r.otherModels());
    summary.put("quarantined", r.quarantined());
    summary.put("out", out.toString());
    output.report(summary, err -> {
      err.printf("%d prompts -> %d pairs %s vs %s; %d prompts answered by one of them only%s%n", r.prompts(), r.pairs(),
          r.first(), r.second(), r.unpaired().size(), r.unpaired().isEmpty() ? "" : " (" + firstText(r.unpaired()) + ")");
      if (r.quarantined() > 0) {
        err.printf("%d records quarantined: %s%n", r.quarantined(), out.resolve("quarantine.jsonl"));
      }
      err.printf("%d pairs -> %s%n", r.pairs(), out.resolve(PairJoin.PAIRS));
    });
    return r.unpaired().isEmpty() && r.quarantined() == 0 ? ExitCode.OK : ExitCode.DATA_REJECTED;
  }

  private static String firstText(List<String> ids) {
    List<String> first = PairJoin.first(ids);
    return String.join(", ", first) + (ids.size() > first.size() ? ", ..." : "");
  }
}
