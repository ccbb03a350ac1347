package dev.assay.cli;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorers;
import dev.assay.quality.toxicity.ToxicityScoreRun;
import dev.assay.core.io.OutputTarget;
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
 * {@code assay toxicity ...}: toxicity scoring with the embedded classifier, an ONNX model or the
 * Perspective API.
 *
 * <pre>{@code
 * ./assay toxicity score --scorer embedded --field text --out out/tox --output-format parquet comments/
 * ./assay toxicity score --scorer embedded --field text --out-file scored.csv comments.jsonl
 * }</pre>
 */
@Command(
    name = "toxicity",
    mixinStandardHelpOptions = true,
    description = "Toxicity scoring: embedded classifier, ONNX model by path, or Perspective API.",
    subcommands = {ToxicityCommand.Score.class})
public final class ToxicityCommand {

  /** {@code assay toxicity score}. */
  @Command(
      name = "score",
      mixinStandardHelpOptions = true,
      description = {
        "Score every record's text and write it with an added \"toxicity\" object (label -> score).",
        "With --out DIR: DIR/scored.<fmt> (--output-format), DIR/quarantine.jsonl (unparseable records,"
            + " records without the field) and DIR/manifest.json (how the scores were made). With --out-file"
            + " PATH: PATH in the format its extension names (.jsonl, .jsonl.gz, .parquet, .csv), with"
            + " <stem>.quarantine.jsonl and <stem>.manifest.json beside it."
      })
  public static final class Score implements Callable<Integer> {
    @Spec CommandSpec spec;
    @picocli.CommandLine.Mixin EmbeddingCacheOption embeddingCache;

    @Option(names = "--scorer", paramLabel = "SPEC", description = {
        "embedded (default: the bundled weights), embedded:<weights.json> (from assay train toxicity),"
            + " onnx:<model.onnx>, or perspective[:key=value;...] (key from PERSPECTIVE_API_KEY).",
        "Perspective options, ';'-separated (quote the spec): attributes=TOXICITY,IDENTITY_ATTACK,... languages=en"
            + " qps=1 burst=1 in-flight=4 retries=5 timeout=30s key-env=PERSPECTIVE_API_KEY url=<api root>;"
            + " e.g. 'perspective:attributes=TOXICITY,INSULT;qps=2'."})
    String scorer = "embedded";

    @Option(names = "--field", required = true, paramLabel = "FIELD", description = "The text field: a dotted path with indexes or a JSON Pointer.")
    String field;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (scored.<fmt>, quarantine.jsonl, manifest.json).")
    Path out;

    @Option(names = "--out-file", paramLabel = "PATH",
        description = "Write the scored records to this one file instead, in the format its extension names.")
    Path outFile;

    @Mixin OutputFormatOption outputFormat;

    @Option(names = "--batch", paramLabel = "N", description = "Texts per scoring call (default: ${DEFAULT-VALUE}).")
    int batch = 256;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
        description = "Data set: files, directories or globs (shards of one data set); .jsonl, .json, .csv, .tsv or"
            + " .parquet, optionally .gz.")
    List<String> inputs;

    @Mixin OutputMode output;

    @Override
    public Integer call() {
      OutputTarget target = OutputTargets.of(out, outFile, "scored", outputFormat);
      ToxicityScoreRun.Result r;
      ToxicityScorer s;
      try {
        s = ToxicityScorers.open(scorer);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new UsageError(e.getMessage(), e);
      }
      try (s) {
        r = ToxicityScoreRun.run(
            inputs, field, s, target, Math.max(1, batch), List.copyOf(spec.commandLine().getParseResult().originalArgs()));
      }
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("input", inputs.size() == 1 ? inputs.get(0) : inputs);
      summary.put("scorer", scorer);
      summary.put("records_in", r.recordsIn());
      summary.put("scored", r.scored());
      summary.put("quarantined", r.quarantined());
      summary.put("out", target.data().toString());
      output.report(summary, err -> err.printf("%s: %d records: %d scored, %d quarantined -> %s%n",
          String.join(" ", inputs), r.recordsIn(), r.scored(), r.quarantined(), target.data()));
      return r.quarantined() == 0 && r.truncation() == null ? ExitCode.OK : ExitCode.DATA_REJECTED;
    }
  }
}
