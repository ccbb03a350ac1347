package dev.assay.cli;

import dev.assay.core.config.ConfigLoader;
import dev.assay.core.format.OpenAiChatFormat;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.profile.SampleProfile;
import dev.assay.core.validate.ValidateOptions;
import dev.assay.core.validate.ValidateResult;
import dev.assay.core.validate.Validation;
import dev.assay.quality.pipeline.PipelineConfig;
import dev.assay.quality.pipeline.QaPipeline;
import dev.assay.quality.pipeline.QaResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code assay quickstart}: the main job on bundled sample data, with embedded defaults (no API
 * key, no server). Today: schema validation with quarantine, then a profile of the valid records.
 *
 * <pre>{@code
 * ./assay quickstart            # writes assay-out/quickstart/
 * }</pre>
 */
@Command(
    name = "quickstart",
    mixinStandardHelpOptions = true,
    description = {
      "Run Assay's main job on bundled sample chats: validate against the openai-chat schema"
          + " (bad records go to quarantine), profile the valid ones, then run a QA pipeline"
          + " (empty answers, PII redaction, exact and near-duplicates) written to pipeline.yaml.",
      "Needs no API key and no server. Outputs go to --out (default assay-out/quickstart)."
    })
public final class QuickstartCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("assay-out", "quickstart");

  @Option(names = "--json", description = "Print the summary as one JSON object on stdout.")
  boolean json;

  @Override
  public Integer call() {
    Path sample = extractSample(out);
    ValidateResult v =
        new Validation(new ValidateOptions(sample, "jsonl", "openai-chat", out.resolve("validate"), 2))
            .run(List.of("--schema", "openai-chat", sample.toString(), "--out", out.resolve("validate").toString()), null);
    SampleProfile profile = new SampleProfile();
    OpenAiChatFormat chat = new OpenAiChatFormat();
    try (DatasetReader r = Datasets.open(out.resolve("validate").resolve("valid.jsonl"))) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        profile.add(chat.toSample(rec.value(), rec.location()));
      }
    }
    Path pipeline = extract(out, "pipeline.yaml");
    PipelineConfig qaConfig =
        ConfigLoader.load(
            pipeline,
            PipelineConfig.class,
            Map.of("INPUT", out.resolve("validate").resolve("valid.jsonl").toString(), "OUT", out.resolve("qa").toString()));
    QaResult qa = new QaPipeline(qaConfig).run(List.of("--config", pipeline.toString()), null);

    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("sample", sample.toString());
    summary.put("records_in", v.recordsIn());
    summary.put("valid", v.valid());
    summary.put("quarantined", v.quarantined());
    summary.put("blank_lines", v.blankLines());
    summary.put("profile", profile.summary());
    summary.put("qa", Map.of(
        "records_in", qa.recordsIn(), "kept", qa.kept(), "rejected", qa.rejected(),
        "quarantined", qa.quarantined(), "checks", qa.report().get("checks")));
    summary.put("outputs", out.toString());
    if (json) {
      JsonOutput.print(spec.commandLine().getOut(), summary);
      return ExitCode.OK;
    }
    PrintWriter o = spec.commandLine().getOut();
    o.println("Assay quickstart on bundled sample chats (" + sample + ")");
    o.printf("  validate: %d records -> %d valid, %d quarantined, %d blank lines skipped%n",
        v.recordsIn(), v.valid(), v.quarantined(), v.blankLines());
    o.println("  quarantine reasons:");
    try (DatasetReader q = Datasets.open(out.resolve("validate").resolve("quarantine.jsonl"))) {
      for (InputRecord rec; (rec = q.next()) != null; ) {
        o.println("    " + rec.value().get("error").asString());
      }
    }
    o.println("  profile of the valid records: " + profile.summary());
    o.printf("  qa (%s): %d records -> %d kept, %d rejected, %d quarantined%n",
        pipeline, qa.recordsIn(), qa.kept(), qa.rejected(), qa.quarantined());
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> checks = (Map<String, Map<String, Object>>) qa.report().get("checks");
    checks.forEach((name, c) -> o.printf("    %-14s flagged %s %s%n", name, c.get("flagged"), c.get("by_action")));
    o.println("  outputs (each with manifest.json): " + out.resolve("validate") + ", " + out.resolve("qa"));
    o.println("  next: edit " + pipeline + " and run ./assay qa --config " + pipeline);
    o.flush();
    return ExitCode.OK;
  }

  private static Path extractSample(Path out) {
    return extract(out, "chat.jsonl");
  }

  /** Copies a bundled sample file into {@code out} so that the user can read and edit it. */
  private static Path extract(Path out, String name) {
    Path target = out.resolve(name.equals("chat.jsonl") ? "sample-chat.jsonl" : name);
    try (InputStream in = QuickstartCommand.class.getResourceAsStream("samples/" + name)) {
      Files.createDirectories(out);
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
