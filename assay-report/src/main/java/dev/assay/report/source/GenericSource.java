package dev.assay.report.source;

import dev.assay.report.model.Block;
import dev.assay.report.model.Callout;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Any run no other source knows: what its manifest says (status, counts, outputs, warnings), so a
 * report over a mix of runs never fails on one it cannot read in detail.
 *
 * <pre>{@code
 * List<Section> s = new GenericSource().contribution(Path.of("out/validate"), manifest).sections();
 * }</pre>
 */
public final class GenericSource implements ReportSource {

  @Override
  public List<String> commands() {
    return List.of();
  }

  @Override
  public boolean accepts(Path runDir, JsonNode manifest) {
    return manifest != null;
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    return new Contribution(sections(manifest), summary(runDir, manifest));
  }

  private static List<Section> sections(JsonNode manifest) {
    String command = manifest.path("command").asString("unknown");
    String prefix = command.replaceAll("[^A-Za-z0-9]+", "_");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("Assay has no detailed report for '" + command + "' runs yet; this is what the run's manifest records."));
    List<List<Object>> counts = new ArrayList<>();
    RunFiles.counts(manifest).forEach((k, v) -> counts.add(List.of(k, v)));
    if (!counts.isEmpty()) {
      blocks.add(new Table(prefix + "_counts", "Counts", List.of(Column.text("count", "Count"), Column.number("value", "Value", "", 0)), counts));
    }
    List<List<Object>> outputs = new ArrayList<>();
    for (JsonNode o : manifest.path("outputs")) {
      outputs.add(List.of(o.path("role").asString(""), o.path("path").asString(""), RunFiles.count(o, "records", -1)));
    }
    if (!outputs.isEmpty()) {
      blocks.add(new Table(prefix + "_outputs", "Output files",
          List.of(Column.text("role", "Role"), Column.text("path", "Path"), Column.number("records", "Records", "", 0)), outputs));
    }
    for (JsonNode w : manifest.path("warnings")) {
      blocks.add(new Callout(Callout.Level.WARNING, w.asString()));
    }
    String status = manifest.path("status").asString("unknown");
    return List.of(new Section(command.replace(' ', '-'), "Run: " + command, "Status: " + status + ".", blocks));
  }

  private static ExecutiveSummary summary(Path runDir, JsonNode manifest) {
    String command = manifest.path("command").asString("unknown");
    List<String> caveats = new ArrayList<>();
    String status = manifest.path("status").asString("unknown");
    if (!status.equals("ok")) {
      caveats.add("The " + command + " run in " + runDir + " ended with status " + status + ".");
    }
    return new ExecutiveSummary(List.of("We included a " + command + " run (" + runDir + ")."), List.of(), List.of(), caveats);
  }
}
