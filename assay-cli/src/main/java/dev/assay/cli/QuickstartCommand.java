package dev.assay.cli;

import dev.assay.core.format.OpenAiChatFormat;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.profile.SampleProfile;
import dev.assay.core.validate.ValidateOptions;
import dev.assay.core.validate.ValidateResult;
import dev.assay.core.validate.Validation;
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
          + " (bad records go to quarantine), then profile the valid ones.",
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
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("sample", sample.toString());
    summary.put("records_in", v.recordsIn());
    summary.put("valid", v.valid());
    summary.put("quarantined", v.quarantined());
    summary.put("blank_lines", v.blankLines());
    summary.put("profile", profile.summary());
    summary.put("outputs", out.resolve("validate").toString());
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
    o.println("  outputs and manifest.json: " + out.resolve("validate"));
    o.flush();
    return ExitCode.OK;
  }

  private static Path extractSample(Path out) {
    Path target = out.resolve("sample-chat.jsonl");
    try (InputStream in = QuickstartCommand.class.getResourceAsStream("samples/chat.jsonl")) {
      Files.createDirectories(out);
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
