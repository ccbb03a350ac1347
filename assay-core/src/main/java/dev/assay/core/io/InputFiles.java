package dev.assay.core.io;

import dev.assay.core.AssayInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens input files with clear errors, transparently gunzipping {@code .gz} files (detected by their
 * magic bytes, so a mis-named file still works), and names the data format from the file name.
 *
 * <pre>{@code
 * InputStream in = InputFiles.open(Path.of("annotations.json.gz"));
 * String fmt = InputFiles.formatOf(Path.of("annotations.json.gz"));   // "json"
 * }</pre>
 */
public final class InputFiles {
  private static final int GZIP_BUFFER = 1 << 16;

  private InputFiles() {}

  /** Opens {@code path} for reading, decompressing gzip; missing or unreadable files are errors. */
  public static InputStream open(Path path) {
    return open(path, new java.util.concurrent.atomic.AtomicLong());
  }

  /** Like {@link #open(Path)}, adding the stored (compressed) bytes read to {@code progress}. */
  public static InputStream open(Path path, java.util.concurrent.atomic.AtomicLong progress) {
    checkReadable(path);
    try {
      BufferedInputStream in =
          new BufferedInputStream(new CountingInputStream(Files.newInputStream(path), progress), 1 << 16);
      if (isGzip(in)) {
        try {
          return new GZIPInputStream(in, GZIP_BUFFER);
        } catch (IOException e) {
          in.close();
          throw new AssayInputException(path + ": not a readable gzip file: " + e.getMessage(), e);
        }
      }
      return in;
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** True when the file starts with the gzip magic bytes. */
  public static boolean isGzip(Path path) {
    checkReadable(path);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      return isGzip(in);
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static boolean isGzip(InputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b;
  }

  /** Fails with a clear message when {@code path} is missing, a directory or unreadable. */
  public static void checkReadable(Path path) {
    if (!Files.exists(path)) {
      throw new AssayInputException(path + ": no such file");
    }
    if (Files.isDirectory(path)) {
      throw new AssayInputException(path + ": is a directory, expected a data file");
    }
    if (!Files.isReadable(path)) {
      throw new AssayInputException(path + ": permission denied");
    }
  }

  /**
   * The data format named by the file's extension, ignoring a trailing {@code .gz}: {@code jsonl}
   * (also {@code .ndjson}), {@code json}, {@code csv}, {@code tsv} (also {@code .tab}) or {@code
   * parquet}.
   */
  public static String formatOf(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return "jsonl";
    }
    if (name.endsWith(".json")) {
      return "json";
    }
    if (name.endsWith(".csv")) {
      return "csv";
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return "tsv";
    }
    if (name.endsWith(".parquet")) {
      return "parquet";
    }
    throw new AssayInputException(
        path
            + ": cannot tell the format from the file name; expected .jsonl, .ndjson, .json, .csv,"
            + " .tsv or .parquet (optionally .gz), or pass --format");
  }
}
