package dev.assay.cli;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorers;
import dev.assay.quality.toxicity.ToxicityScoreRun;
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
 * ./assay toxicity score --scorer embedded --field text --out scored.jsonl comments.jsonl
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
        "Unparseable records and records without the field go to <out>.quarantine.jsonl;"
            + " <out>.manifest.json says how the scores were made."
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

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output JSONL file.")
    Path out;

    @Option(names = "--batch", paramLabel = "N", description = "Texts per scoring call (default: ${DEFAULT-VALUE}).")
    int batch = 256;

    @Parameters(index = "0", paramLabel = "INPUT", description = "Data set: .jsonl, .json, .csv or .parquet, optionally .gz.")
    Path input;

    @Mixin OutputMode output;

    @Override
    public Integer call() {
      ToxicityScoreRun.Result r;
      ToxicityScorer s;
      try {
        s = ToxicityScorers.open(scorer);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new UsageError(e.getMessage(), e);
      }
      try (s) {
        r = ToxicityScoreRun.run(
            input, field, s, out, Math.max(1, batch), List.copyOf(spec.commandLine().getParseResult().originalArgs()));
      }
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("input", input.toString());
      summary.put("scorer", scorer);
      summary.put("records_in", r.recordsIn());
      summary.put("scored", r.scored());
      summary.put("quarantined", r.quarantined());
      summary.put("out", out.toString());
      output.report(summary, err -> err.printf("%s: %d records: %d scored, %d quarantined -> %s%n",
          input, r.recordsIn(), r.scored(), r.quarantined(), out));
      return r.quarantined() == 0 && r.truncation() == null ? ExitCode.OK : ExitCode.DATA_REJECTED;
    }
  }
}
