package dev.assay.quality.pipeline;

import dev.assay.core.manifest.RunManifest;

/**
 * The outcome of a QA run. Counts reconcile: {@code recordsIn == kept + rejected + quarantined}.
 *
 * <pre>{@code
 * QaResult r = new QaPipeline(config).run(args, null);
 * System.out.println(r.kept() + " kept of " + r.recordsIn());
 * }</pre>
 */
public record QaResult(
    long recordsIn, long kept, long rejected, long quarantined, dev.assay.core.run.QaReportFile report, RunManifest manifest) {}
