package dev.assay.report.source;

import dev.assay.report.chart.Bar;
import dev.assay.report.chart.Charts;
import dev.assay.report.model.Block;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Section;
import dev.assay.report.summary.ValidationSentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay validate} runs: valid and quarantined records, and the kinds of problem that sent
 * records to quarantine (the error without its file and line: "field 'messages[1].role'",
 * "malformed JSON"), with the first few errors verbatim. Reads {@code manifest.json} and
 * {@code quarantine.jsonl}.
 *
 * <pre>{@code
 * List<Section> s = new ValidateSource().contribution(Path.of("out/validate"), manifest).sections();
 * }</pre>
 */
public final class ValidateSource implements ReportSource {
  private static final Pattern LOCATION = Pattern.compile("^.*?:\\d+(?::\\d+)?: ");
  private static final int EXAMPLES = 10;

  @Override
  public List<String> commands() {
    return List.of("validate");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    Map<String, Long> problems = new LinkedHashMap<>();
    List<List<Object>> examples = new ArrayList<>();
    read(runDir, problems, examples);
    return new Contribution(sections(runDir, manifest, problems, examples), summary(manifest, problems));
  }

  private static List<Section> sections(Path runDir, JsonNode manifest, Map<String, Long> problems, List<List<Object>> examples) {
    Map<String, Long> counts = RunFiles.counts(manifest);
    List<Block> blocks = new ArrayList<>();
    blocks.add(Charts.bars("validate-outcome", "Validation", "Records read, valid and quarantined.", "Records",
        List.of(new Bar("records in", counts.getOrDefault("records_in", 0L)), new Bar("valid", counts.getOrDefault("valid", 0L)),
            new Bar("quarantined", counts.getOrDefault("quarantined", 0L)))));
    if (!problems.isEmpty()) {
      blocks.add(Charts.bars("validate-problems", "Why records were quarantined", "Quarantined records per kind of problem.", "Records",
          problems.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).map(e -> new Bar(e.getKey(), e.getValue())).toList()));
      Examples ex = new Examples("validate_examples", "The first quarantined records").number("line", "Input line", 0).text("error", "Error");
      examples.forEach(row -> ex.add(Examples.where(runDir, "quarantine.jsonl", (Long) row.get(0)), row.get(1), row.get(2)));
      blocks.add(ex.table());
    }
    String intro = "Schema " + schema(manifest) + "; " + counts.getOrDefault("blank_lines", 0L) + " blank lines skipped.";
    return List.of(new Section("validate", "Validation (validate)", intro, blocks));
  }

  private static ExecutiveSummary summary(JsonNode manifest, Map<String, Long> problems) {
    Map<String, Long> counts = RunFiles.counts(manifest);
    return ValidationSentences.of(schema(manifest), counts.getOrDefault("records_in", 0L), counts.getOrDefault("valid", 0L),
        counts.getOrDefault("quarantined", 0L), problems);
  }

  private static void read(Path runDir, Map<String, Long> problems, List<List<Object>> examples) {
    RunFiles.eachLine(runDir.resolve("quarantine.jsonl"), (line, row) -> {
      String error = RunFiles.text(row, "error", "unknown error");
      problems.merge(kind(error), 1L, Long::sum);
      if (examples.size() < EXAMPLES) {
        examples.add(List.of(line, RunFiles.count(row, "line", 0), LOCATION.matcher(error).replaceFirst("")));
      }
    });
  }

  /** The kind of an error: the message without its location, up to the first colon. */
  static String kind(String error) {
    String message = LOCATION.matcher(error).replaceFirst("");
    Matcher m = Pattern.compile("^([^:]+):").matcher(message);
    return m.find() ? m.group(1).trim() : message;
  }

  private static String schema(JsonNode manifest) {
    List<JsonNode> schemas = RunFiles.components(manifest, "schema");
    return schemas.isEmpty() ? "unknown" : schemas.get(0).path("name").asString("unknown");
  }
}
