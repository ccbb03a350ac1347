package dev.assay.cli;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.OutputTarget;
import java.nio.file.Path;

/**
 * The {@code --out DIR} / {@code --out-file PATH} choice of the commands whose product is one data
 * file: exactly one of the two; {@code --output-format} applies to {@code --out} (a file's extension
 * names its format, an unknown one is a usage error).
 *
 * <pre>{@code
 * OutputTarget t = OutputTargets.of(out, outFile, "scored", outputFormat);
 * }</pre>
 */
final class OutputTargets {
  private OutputTargets() {}

  static OutputTarget of(Path out, Path outFile, String base, OutputFormatOption format) {
    if ((out == null) == (outFile == null)) {
      throw new UsageError("give either --out DIR (a run folder) or --out-file PATH (one file), not "
          + (out == null ? "neither" : "both"));
    }
    if (outFile != null) {
      if (format.given()) {
        throw new UsageError("--output-format applies to --out DIR; with --out-file the extension names the format");
      }
      if (java.nio.file.Files.isDirectory(outFile)) {
        throw new UsageError("--out-file " + outFile + ": is a directory; use --out DIR for a run folder");
      }
      try {
        return OutputTarget.file(outFile);
      } catch (AssayInputException e) {
        throw new UsageError("--out-file " + e.getMessage(), e);
      }
    }
    if (java.nio.file.Files.isRegularFile(out)) {
      throw new UsageError("--out " + out + ": is a file; --out names a directory (use --out-file PATH for one file)");
    }
    return OutputTarget.folder(out, base, format.format());
  }
}
