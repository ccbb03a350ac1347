package dev.assay.report.source;

import tools.jackson.databind.JsonNode;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Section;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns one kind of run directory (qa, judge, leaderboard, reward eval, bias, ...) into report
 * sections and executive-summary sentences. Implementations read only the run's files, so a
 * report can be made later, elsewhere, from a copied directory. Registered in
 * {@code ReportSources}; the first that {@link #accepts} a directory reads it.
 *
 * <pre>{@code
 * ReportSource s = ReportSources.forRun(dir, manifest);
 * List<Section> sections = s.contribution(dir, manifest).sections();
 * }</pre>
 */
public interface ReportSource {

  /** The command names this source reads ("leaderboard", "qa", ...). */
  List<String> commands();

  /** True when this source can read {@code runDir}, whose manifest (possibly null) is given. */
  default boolean accepts(Path runDir, JsonNode manifest) {
    return manifest != null && commands().contains(manifest.path("command").asString(""));
  }

  /** The run's sections and executive-summary sentences (templates over its numbers), its files read once. */
  Contribution contribution(Path runDir, JsonNode manifest);

  /**
   * What one run adds to a report.
   *
   * @param sections its sections
   * @param summary its summary sentences
   */
  record Contribution(List<Section> sections, ExecutiveSummary summary) {
    public Contribution {
      sections = List.copyOf(sections);
    }
  }
}
