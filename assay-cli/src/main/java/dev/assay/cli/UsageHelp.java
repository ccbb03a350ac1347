package dev.assay.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The parts of every command's {@code --help} that make the help uniform, in one place: the
 * "Example:" section ({@link #EXAMPLES}; a command whose {@code @Command} already has a footer keeps
 * it) and, for commands whose description opens with a paragraph, a one-line summary ({@link
 * #SUMMARIES}) shown as the help's header and in the parent's command list. Keyed by the command's
 * name under {@code assay}. {@code CliGrammarTest} checks that every command has both.
 *
 * <pre>{@code
 * UsageHelp.apply(Main.commandLine());   // done by Main.commandLine()
 * }</pre>
 */
final class UsageHelp {
  private UsageHelp() {}

  /** Example command lines by command path (without the leading {@code assay}). */
  static final Map<String, String[]> EXAMPLES = Map.ofEntries(
      Map.entry("validate", new String[] {"assay validate --schema openai-chat --out out/valid chats.jsonl.gz"}),
      Map.entry("qa", new String[] {"assay qa --config pipeline.yaml --out out/qa", "assay qa --list-checks"}),
      Map.entry("toxicity", new String[] {"assay toxicity score --field text --out scored.jsonl comments.jsonl"}),
      Map.entry("toxicity score", new String[] {"assay toxicity score --field text --out scored.jsonl comments.jsonl"}),
      Map.entry("train", new String[] {"assay train toxicity --data ../shared/data/toxicity --out out/toxicity"}),
      Map.entry("judge", new String[] {"assay judge --mode pairwise --model-config judge.yaml --out out/j out/pairs"}),
      Map.entry("pair", new String[] {"assay pair --reference out/gen-gpt4 --out out/pairs out/gen-mine",
          "assay pair --chats out/qa/kept.jsonl --models a,b --out out/pairs"}),
      Map.entry("bias", new String[] {"assay bias --scorer embedded --data labelled.jsonl --out out/bias"}),
      Map.entry("dedup", new String[] {"assay dedup --method minhash --field text --out out/dedup train.jsonl"}),
      Map.entry("contamination", new String[] {"assay contamination --benchmark q.jsonl:turns --field text --out c t.jsonl"}),
      Map.entry("drift", new String[] {"assay drift --field instruction --out out/drift old.jsonl new.jsonl"}),
      Map.entry("quickstart", new String[] {"assay quickstart --out /tmp/qs"}),
      Map.entry("stats", new String[] {"assay stats interval --method wilson --successes 81 --trials 263"}),
      Map.entry("stats bradley-terry", new String[] {"assay stats bradley-terry --bootstrap 1000 --seed 42 battles.jsonl"}),
      Map.entry("stats winrate", new String[] {"assay stats winrate --json annotations.json"}),
      Map.entry("stats flip-rate", new String[] {"assay stats flip-rate --swapped --ties exclude original.jsonl swapped.jsonl"}),
      Map.entry("stats reward-entropy", new String[] {"assay stats reward-entropy scores.jsonl"}),
      Map.entry("stats agreement", new String[] {"assay stats agreement --metric krippendorff --level ordinal ratings.csv"}),
      Map.entry("stats classification", new String[] {"assay stats classification --bins 15 predictions.csv"}),
      Map.entry("stats interval", new String[] {"assay stats interval --method wilson --successes 81 --trials 263"}),
      Map.entry("stats mcnemar", new String[] {"assay stats mcnemar --table 101,121,59,33 --exact"}),
      Map.entry("eval", new String[] {"assay eval mtbench --questions question.jsonl --out out/mt judgments.jsonl"}),
      Map.entry("eval alpacaeval", new String[] {"assay eval alpacaeval --annotations alpaca_eval/results --out out/alpacaeval"}),
      Map.entry("eval mtbench", new String[] {"assay eval mtbench --questions question.jsonl --out out/mt judgments.jsonl"}),
      Map.entry("leaderboard", new String[] {"assay leaderboard --baseline gpt-3.5-turbo --out out/board out/judge"}),
      Map.entry("reward", new String[] {"assay reward eval --model default pairs.jsonl"}),
      Map.entry("generate", new String[] {"assay generate --model-config model.yaml --out out/gen question.jsonl"}),
      Map.entry("schema", new String[] {"assay schema judgments > judgments.schema.json", "assay schema --json"}),
      Map.entry("run", new String[] {"assay run out/quickstart/pipeline.yaml", "assay run pipeline.yaml --dry-run --json"}));

  /** One-line summaries of the commands whose description opens with a long paragraph. */
  static final Map<String, String> SUMMARIES = Map.ofEntries(
      Map.entry("run", "Run a pipeline of Assay commands; a step runs again only when what it reads changed."),
      Map.entry("export airflow", "Write a pipeline as an Airflow DAG (BashOperator, or KubernetesPodOperator with --image)."),
      Map.entry("train toxicity", "Train the embedded toxicity scorer on labelled comments."),
      Map.entry("judge", "Judge answers or pairs with an LLM judge or the offline reward model."),
      Map.entry("pair", "Join model generations with a reference model's into pairs for judging."),
      Map.entry("bias", "Audit a toxicity scorer for identity bias (Jigsaw subgroup metrics)."),
      Map.entry("quickstart", "Run Assay end to end on bundled sample chats, offline."),
      Map.entry("notebook", "Execute a Jupyter notebook headless with parameters, as a command or a pipeline step."),
      Map.entry("stats reward-entropy", "Reward entropy of preference pairs' reward scores."),
      Map.entry("stats classification", "Discrimination and calibration metrics of binary predictions."),
      Map.entry("leaderboard", "Rank models from pairwise judgments, with intervals."),
      Map.entry("reward train", "Train a Bradley-Terry reward model on preference pairs."),
      Map.entry("reward score", "Add reward scores to preference pairs."),
      Map.entry("reward eval", "Evaluate a reward model on preference pairs against baselines."),
      Map.entry("reward explain", "Explain one response's reward sentence by sentence."),
      Map.entry("generate", "Run a model over an eval set and keep its answers."),
      Map.entry("report", "Make one HTML report (+ Markdown, JSON) from run folders."));

  /** Sets the example footer and the one-line summary on every command of {@code root}'s tree. */
  static void apply(CommandLine root) {
    walk(root, "");
  }

  private static void walk(CommandLine cl, String path) {
    UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
    String[] example = EXAMPLES.get(path);
    if (example != null && usage.footer().length == 0) {
      String[] lines = new String[example.length];
      for (int i = 0; i < example.length; i++) {
        lines[i] = "  " + example[i].replace("%", "%%");
      }
      usage.footerHeading(example.length == 1 ? "%nExample:%n" : "%nExamples:%n").footer(lines);
    }
    String summary = SUMMARIES.get(path);
    if (summary != null && usage.header().length == 0) {
      usage.header(summary.replace("%", "%%"));
    }
    for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
      if (sub.getValue().getCommandName().equals(sub.getKey())) { // skip aliases
        walk(sub.getValue(), path.isEmpty() ? sub.getKey() : path + " " + sub.getKey());
      }
    }
  }
}
