/**
 * Report sources: one small class per command family that turns a run directory (its
 * {@code manifest.json} and the files the command wrote) into report sections and executive
 * summary sentences, plus the shared readers ({@link dev.assay.report.source.RunFiles}) and the
 * provenance taken from manifests.
 *
 * <pre>{@code
 * ReportSource s = ReportSources.forRun(dir, manifest);
 * List<Section> sections = s.contribution(dir, manifest).sections();
 * }</pre>
 */
package dev.assay.report.source;
