package dev.assay.cli;

/**
 * The documented process exit codes of {@code assay}. Scripts and CI gates rely on them, so they
 * never change meaning.
 *
 * <pre>{@code
 * ./assay validate --schema openai-chat data.jsonl --out out/ ; echo $?   # 0, 1, 2, 3 or 70
 * }</pre>
 */
public final class ExitCode {
  /** Everything ran and every record passed. */
  public static final int OK = 0;
  /** The run completed, but some records were rejected or quarantined (see the outputs). */
  public static final int DATA_REJECTED = 1;
  /** Bad usage: unknown option, missing or unreadable input file, invalid configuration. */
  public static final int USAGE = 2;
  /** The run itself failed: a notebook cell raised (see the executed notebook). */
  public static final int RUN_FAILED = 3;
  /** An internal failure (a bug or an environment problem such as a full disk). */
  public static final int INTERNAL = 70;

  private ExitCode() {}
}
