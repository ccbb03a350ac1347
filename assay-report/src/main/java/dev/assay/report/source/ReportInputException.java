package dev.assay.report.source;

/**
 * A run directory a report cannot be made from: missing, without a manifest, or with a file that
 * is not what its command writes. The message names the directory or file and says what is wrong.
 *
 * <pre>{@code
 * throw new ReportInputException(dir + ": no manifest.json (is this an Assay run directory?)");
 * }</pre>
 */
public final class ReportInputException extends dev.assay.core.AssayInputException {

  public ReportInputException(String message) {
    super(message);
  }

  public ReportInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
