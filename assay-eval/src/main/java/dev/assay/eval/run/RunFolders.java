package dev.assay.eval.run;

import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the data file inside a run folder, so a command reads the previous command's folder as
 * readily as the file in it: {@code judge out/pairs} reads {@code out/pairs/pairs.jsonl}, {@code
 * judge out/generate} reads {@code outputs.jsonl}, {@code leaderboard out/judge} reads {@code
 * judgments.jsonl}. A path that is a file is returned as it is.
 *
 * <pre>{@code
 * Path f = RunFolders.file(Path.of("out/pairs"), "pairs.jsonl", "outputs.jsonl");
 * }</pre>
 */
public final class RunFolders {
  /** {@code assay pair}'s file. */
  public static final String PAIRS = "pairs.jsonl";
  /** {@code assay generate}'s file. */
  public static final String OUTPUTS = "outputs.jsonl";
  /** {@code assay judge}'s file. */
  public static final String JUDGMENTS = "judgments.jsonl";

  private RunFolders() {}

  /**
   * {@code path} when it is a file; in a folder, the first of {@code names} it holds; else an
   * error naming the folder, the files expected and the files found.
   */
  public static Path file(Path path, String... names) {
    if (!Files.isDirectory(path)) {
      if (!Files.isRegularFile(path)) {
        throw new AssayInputException(path + ": no such file or run folder");
      }
      return path;
    }
    for (String n : names) {
      Path f = path.resolve(n);
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    List<String> found = new ArrayList<>();
    try (Stream<Path> s = Files.list(path)) {
      s.map(p -> p.getFileName().toString()).sorted().forEach(found::add);
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot list the folder: " + e.getMessage(), e);
    }
    throw new AssayInputException(path + ": expected a run folder holding " + String.join(" or ", names)
        + ", found " + (found.isEmpty() ? "an empty folder" : String.join(", ", found)));
  }
}
