package dev.assay.eval.run;

import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.models.llm.CallLedger;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finishes the manifest of a resumable model run ({@code assay judge}, {@code assay generate}):
 * the result, error and quarantine files, the row counts that reconcile, the model's calls,
 * cache hits, tokens and cost (also at the top level, where scripts look for
 * {@code model_calls} and {@code cache_hits}), warnings and the status, written to
 * {@code out/manifest.json}.
 *
 * <pre>{@code
 * RunManifest m = ModelRunManifest.write(manifest, outcome, ledger, out, "judgments", "judgments.jsonl");
 * }</pre>
 */
public final class ModelRunManifest {

  private ModelRunManifest() {}

  /**
   * Completes {@code manifest} and writes it; returns the manifest. Status: {@code incomplete}
   * when rows failed or never started, else {@code data_rejected} when rows were quarantined,
   * else {@code ok}.
   */
  public static RunManifest write(ManifestBuilder manifest, RunOutcome outcome, CallLedger ledger, Path out,
      String resultRole, String resultFile) {
    manifest.output(resultRole, out.resolve(resultFile), "jsonl", outcome.resumed() + outcome.finished());
    manifest.output("errors", out.resolve("errors.jsonl"), "jsonl", outcome.failed());
    manifest.output("quarantine", out.resolve("quarantine.jsonl"), "jsonl", outcome.quarantined());
    outcome.counts().forEach(e -> manifest.count(e.getKey(), e.getValue()));
    manifest.count("model_calls", ledger.modelCalls());
    manifest.count("cache_hits", ledger.cacheHits());
    manifest.count("input_tokens", ledger.inputTokens());
    manifest.count("output_tokens", ledger.outputTokens());
    if (outcome.stopReason() != null) {
      manifest.warning("stopped early: " + outcome.stopReason());
    }
    if (outcome.failed() > 0) {
      manifest.warning(outcome.failed() + " rows failed (see errors.jsonl); run the same command again to retry them");
    }
    dev.assay.core.run.RunStatus status = !outcome.complete() ? dev.assay.core.run.RunStatus.INCOMPLETE
        : outcome.quarantined() > 0 ? dev.assay.core.run.RunStatus.DATA_REJECTED : dev.assay.core.run.RunStatus.OK;
    RunManifest m = manifest.build(status);
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("model_calls", ledger.modelCalls());
    extra.put("cache_hits", ledger.cacheHits());
    extra.put("tokens", Map.of("input", ledger.inputTokens(), "output", ledger.outputTokens(), "total", ledger.totalTokens()));
    extra.put("cost_usd", ledger.costUsd());
    extra.put("model_usage", ledger.toMap());
    ManifestWriter.write(m, extra, out.resolve("manifest.json"));
    return m;
  }
}
