package dev.assay.quality.contamination;

import dev.assay.core.manifest.RunManifest;
import java.util.Map;

/**
 * What a {@link ContaminationScan} did. Counts reconcile: {@code recordsIn = flagged + clean +
 * quarantined}.
 *
 * <pre>{@code
 * ContaminationScanResult r = ContaminationScan.run(options, embedder, args);
 * if (r.flagged() > 0) System.err.println(r.flagged() + " rows leak benchmark items");
 * }</pre>
 *
 * @param recordsIn records read (blank lines excluded)
 * @param flagged rows that leak at least one benchmark item ({@code flagged.jsonl})
 * @param clean rows that leak none ({@code clean.jsonl}; rows without the field included)
 * @param quarantined rows that did not parse ({@code quarantine.jsonl})
 * @param withoutField parsed rows whose text field is missing or null (counted in {@code clean})
 * @param blankLines blank lines skipped
 * @param truncation why the input ended early, or {@code null}
 * @param report the contents of {@code report.json}
 * @param manifest the run manifest written beside the outputs
 */
public record ContaminationScanResult(
    long recordsIn,
    long flagged,
    long clean,
    long quarantined,
    long withoutField,
    long blankLines,
    String truncation,
    Map<String, Object> report,
    RunManifest manifest) {}
