package dev.assay.cli.pipeline;

import java.util.Locale;

/**
 * What happened to one step of a pipeline run: it ran, its lock entry still matched so it was
 * {@code cached}, it failed, or it was skipped (an upstream step failed, or it was not selected by
 * {@code --from}/{@code --until}). Printed and written in lowercase.
 *
 * <pre>{@code
 * StepStatus.CACHED.label();   // "cached"
 * }</pre>
 */
public enum StepStatus {
  RAN,
  CACHED,
  FAILED,
  SKIPPED;

  /** The lowercase word used on stderr and in {@code --json}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
