package dev.assay.core.io;

import dev.assay.core.AssayInputException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Opens output files: parent folders are created, {@code .gz} names are gzipped, and failures name
 * the file.
 *
 * <pre>{@code
 * try (OutputStream out = OutputFiles.create(Path.of("out/valid.jsonl.gz"))) { ... }
 * }</pre>
 */
public final class OutputFiles {
  private OutputFiles() {}

  /** Creates (or truncates) {@code path}, gzipping when its name ends in {@code .gz}. */
  public static OutputStream create(Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
      if (path.getFileName().toString().endsWith(".gz")) {
        return new GZIPOutputStream(out, 1 << 16);
      }
      return out;
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot write: " + e.getMessage(), e);
    }
  }
}
