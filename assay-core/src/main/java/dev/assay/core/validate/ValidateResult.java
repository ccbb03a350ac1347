package dev.assay.core.validate;

import dev.assay.core.manifest.RunManifest;

/**
 * The outcome of a validation run. Counts reconcile: {@code recordsIn == valid + quarantined};
 * blank lines are not records.
 *
 * <pre>{@code
 * ValidateResult r = new Validation(opts).run(args, progress);
 * if (r.quarantined() > 0) ...
 * }</pre>
 */
public record ValidateResult(
    long recordsIn, long valid, long quarantined, long blankLines, String truncation, RunManifest manifest) {

  /** True when every record was valid and the input was read to its end. */
  public boolean allValid() {
    return quarantined == 0 && truncation == null;
  }
}
