package dev.assay.cli.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands an absolute glob ({@code /p/data/*.jsonl}, {@code /p/data/**}) to the regular files it
 * matches, sorted, walking only below the pattern's first folder without wildcards.
 *
 * <pre>{@code
 * Globs.expand(Path.of("/p/data/*.jsonl"));   // [/p/data/a.jsonl, /p/data/b.jsonl]
 * }</pre>
 */
final class Globs {
  private Globs() {}

  static List<Path> expand(Path pattern) {
    String text = pattern.toString();
    int wild = 0;
    while (wild < text.length() && "*?[{".indexOf(text.charAt(wild)) < 0) {
      wild++;
    }
    int slash = text.lastIndexOf('/', wild);
    Path base = Path.of(slash <= 0 ? "/" : text.substring(0, slash));
    if (!Files.isDirectory(base)) {
      return List.of();
    }
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + text);
    try (Stream<Path> s = Files.walk(base)) {
      return s.filter(Files::isRegularFile).filter(m::matches).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + base + ": " + e.getMessage(), e);
    }
  }
}
