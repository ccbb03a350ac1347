package dev.assay.report.model;

import java.util.List;

/**
 * One report: what the HTML page, the Markdown summary and the JSON file are all rendered from.
 * Built from one or more run directories by {@code dev.assay.report.Reports}; every number in it
 * comes from those runs' files, never from the renderer.
 *
 * <pre>{@code
 * Report r = new Report("Assay report", summary, List.of(section), provenance, "2026-11-25T09:00:00Z");
 * new HtmlReportRenderer().render(r);   // one self-contained page
 * }</pre>
 *
 * @param title the page title
 * @param summary the executive summary at the top, for a non-specialist
 * @param sections one or more sections, usually one per run directory
 * @param provenance how every run in the report was made (footer)
 * @param generatedAt ISO-8601 UTC time the report was made
 */
public record Report(
    String title,
    ExecutiveSummary summary,
    List<Section> sections,
    List<RunProvenance> provenance,
    String generatedAt) {

  public Report {
    sections = List.copyOf(sections);
    provenance = List.copyOf(provenance);
  }
}
