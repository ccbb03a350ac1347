package dev.assay.report;

import dev.assay.core.io.Json;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Report;
import dev.assay.report.model.RunProvenance;
import dev.assay.report.model.Section;
import dev.assay.report.model.Block;
import dev.assay.report.model.Callout;
import dev.assay.report.source.GenericSource;
import dev.assay.report.source.ManifestProvenance;
import dev.assay.report.source.ReportInputException;
import dev.assay.report.source.ReportSource;
import dev.assay.report.source.ReportSources;
import dev.assay.report.source.SectionIds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Builds one {@link Report} from one or more run directories: each directory's
 * {@code manifest.json} says which command made it, the matching {@link ReportSource} reads the
 * command's files into sections and summary sentences, and the manifest gives the provenance.
 * Runs no source knows get a generic section from their manifest; a directory without a manifest
 * is an error naming it.
 *
 * <pre>{@code
 * Report r = Reports.build(List.of(Path.of("out/qa"), Path.of("out/judge"), Path.of("out/board")));
 * ReportWriter.write(r, Path.of("out/report.html"));
 * }</pre>
 */
public final class Reports {
  /** The manifest every Assay run directory holds. */
  public static final String MANIFEST = "manifest.json";

  private Reports() {}

  /** The report of {@code runDirs}, in the order given. */
  public static Report build(List<Path> runDirs) {
    if (runDirs.isEmpty()) {
      throw new ReportInputException("a report needs at least one run directory");
    }
    ExecutiveSummary summary = ExecutiveSummary.empty();
    List<Section> sections = new ArrayList<>();
    List<RunProvenance> provenance = new ArrayList<>();
    Set<String> commands = new LinkedHashSet<>();
    SectionIds ids = new SectionIds();
    List<JsonNode> manifests = runDirs.stream().map(Reports::manifest).toList();
    boolean ranked = manifests.stream().anyMatch(m -> m.path("command").asString("").equals("leaderboard"));
    for (int i = 0; i < runDirs.size(); i++) {
      Path dir = runDirs.get(i);
      JsonNode manifest = manifests.get(i);
      ReportSource.Contribution c = contribution(dir, manifest);
      for (Section s : c.sections()) {
        sections.add(ids.unique(s));
      }
      ExecutiveSummary part = c.summary();
      if (ranked && manifest.path("command").asString("").equals("judge")) {
        // one comparison per pair of models at the top: the leaderboard's (both presentation orders
        // pooled, with its interval); the judge run's own tallies stay in its section
        part = new ExecutiveSummary(part.tested(), List.of(), List.of(), part.caveats());
      }
      summary = summary.plus(part);
      provenance.add(ManifestProvenance.of(dir, manifest));
      commands.add(manifest.path("command").asString("unknown"));
    }
    String title = "Assay report: " + String.join(", ", commands);
    return new Report(title, distinct(summary), sections, provenance, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /**
   * The run's contribution from its source; when the source cannot draw its section (a chart
   * refused its data), the manifest's generic section with a warning naming the problem, so one
   * chart never loses the report.
   */
  private static ReportSource.Contribution contribution(Path dir, JsonNode manifest) {
    try {
      return ReportSources.forRun(dir, manifest).contribution(dir, manifest);
    } catch (IllegalArgumentException e) {
      ReportSource.Contribution generic = new GenericSource().contribution(dir, manifest);
      String warning = "The detailed section of " + dir + " could not be drawn (" + e.getMessage() + "); its manifest is shown instead.";
      List<Section> sections = new ArrayList<>();
      for (Section s : generic.sections()) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Callout(Callout.Level.WARNING, warning));
        blocks.addAll(s.blocks());
        sections.add(new Section(s.id(), s.title(), s.intro(), blocks));
      }
      return new ReportSource.Contribution(sections, generic.summary().plus(new ExecutiveSummary(List.of(), List.of(), List.of(), List.of(warning))));
    }
  }

  /** {@code s} without repeated sentences (two runs can raise the same caveat). */
  private static ExecutiveSummary distinct(ExecutiveSummary s) {
    return new ExecutiveSummary(s.tested().stream().distinct().toList(), s.headlines().stream().distinct().toList(),
        s.notSignificant().stream().distinct().toList(), s.caveats().stream().distinct().toList());
  }

  /** The manifest of {@code dir}, or a {@link ReportInputException} naming the directory. */
  public static JsonNode manifest(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ReportInputException(dir + ": no such run directory");
    }
    Path file = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      throw new ReportInputException(dir + ": no " + MANIFEST + " (is this the output directory of an Assay command?)");
    }
    try {
      JsonNode m = Json.MAPPER.readTree(file.toFile());
      if (!m.isObject() || !m.path("command").isString()) {
        throw new ReportInputException(file + ": not an Assay manifest (no \"command\")");
      }
      try {   // checked against its contract; the tree keeps the command's own top-level extras
        dev.assay.core.run.RunFileKind.MANIFEST.contract(dev.assay.core.manifest.RunManifest.class).fromJson(m, file.toString());
      } catch (dev.assay.core.AssayInputException e) {
        throw new ReportInputException(e.getMessage(), e);
      }
      return m;
    } catch (JacksonException e) {
      throw new ReportInputException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
