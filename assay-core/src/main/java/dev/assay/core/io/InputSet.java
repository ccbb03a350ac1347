package dev.assay.core.io;

import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The files of one data set, as the user named them: files, directories (every data file inside,
 * at any depth) and globs ({@code data/part-*.jsonl.gz}, {@code shards/**.parquet}), expanded in a
 * stable order (each argument in turn, the files of a directory or glob sorted by path), each file
 * once. A directory or glob that matches no data file is an error naming it, as is a missing file.
 * {@link #open} streams every record of every shard as one data set, numbering records per file
 * and across the set.
 *
 * <pre>{@code
 * InputSet in = InputSet.expand(List.of("shards/", "extra/part-*.jsonl.gz"));
 * try (InputSetReader r = in.open(null)) {
 *   for (InputRecord rec; (rec = r.next()) != null; ) System.out.println(rec.source() + "#" + rec.index());
 * }
 * }</pre>
 *
 * @param files the expanded files, in reading order (never empty)
 */
public record InputSet(List<Path> files) {
  private static final Set<String> DATA_SUFFIXES =
      Set.of(".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".parquet");

  public InputSet {
    files = List.copyOf(files);
    if (files.isEmpty()) {
      throw new AssayInputException("no input files");
    }
  }

  /** One file as an input set. */
  public static InputSet of(Path file) {
    return new InputSet(List.of(file));
  }

  /** Expands paths, directories and globs (see the type's description). */
  public static InputSet expand(List<String> arguments) {
    if (arguments == null || arguments.isEmpty()) {
      throw new AssayInputException("no input given: name one or more files, directories or globs");
    }
    Set<Path> out = new LinkedHashSet<>();
    for (String arg : arguments) {
      out.addAll(expandOne(arg));
    }
    return new InputSet(new ArrayList<>(out));
  }

  /** Expands paths given as {@link Path}s. */
  public static InputSet expandPaths(List<Path> arguments) {
    return expand(arguments == null ? null : arguments.stream().map(Path::toString).toList());
  }

  /** True when {@code name} ends in a data format Assay reads (optionally {@code .gz}). */
  public static boolean isDataFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".") || name.startsWith("_")) {
      return false;
    }
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    for (String s : DATA_SUFFIXES) {
      if (name.endsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private static List<Path> expandOne(String arg) {
    if (isGlob(arg)) {
      return glob(arg);
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      List<Path> found = walk(p, f -> isDataFile(f));
      if (found.isEmpty()) {
        throw new AssayInputException(
            arg + ": the directory holds no data files (.jsonl, .ndjson, .json, .csv, .tsv or .parquet,"
                + " optionally .gz)");
      }
      return found;
    }
    InputFiles.checkReadable(p);
    return List.of(p);
  }

  private static boolean isGlob(String arg) {
    return arg.indexOf('*') >= 0 || arg.indexOf('?') >= 0 || arg.indexOf('[') >= 0 || arg.indexOf('{') >= 0;
  }

  private static List<Path> glob(String pattern) {
    String norm = pattern.replace('\\', '/');
    int firstMeta = firstMeta(norm);
    int slash = norm.lastIndexOf('/', firstMeta);
    Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : norm.substring(0, slash));
    String rest = slash < 0 ? norm : norm.substring(slash + 1);
    PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
    Path root = base.toString().isEmpty() ? Path.of(".") : base;
    if (!Files.isDirectory(root)) {
      throw new AssayInputException(pattern + ": matches no file (" + root + " is not a directory)");
    }
    List<Path> found =
        walk(root, f -> {
          Path rel = root.relativize(f);
          return m.matches(rel) || m.matches(Path.of(rel.toString().replace('\\', '/')));
        });
    if (base.toString().isEmpty()) {
      found = found.stream().map(root::relativize).toList();
    }
    if (found.isEmpty()) {
      throw new AssayInputException(pattern + ": matches no file");
    }
    return found;
  }

  private static int firstMeta(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return s.length();
  }

  private static List<Path> walk(Path root, java.util.function.Predicate<Path> keep) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).filter(keep).sorted().toList();
    } catch (IOException e) {
      throw new AssayInputException(root + ": cannot list: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new AssayInputException(root + ": cannot list: " + e.getCause().getMessage(), e);
    }
  }

  /** The first file (for messages about a single-file set). */
  public Path first() {
    return files.get(0);
  }

  /** {@code a.jsonl} for one file, {@code a.jsonl (+2 more files)} for several. */
  public String describe() {
    return files.size() == 1 ? first().toString() : first() + " (+" + (files.size() - 1) + " more files)";
  }

  /** Total stored size in bytes (for progress), -1 when unknown. */
  public long size() {
    long total = 0;
    for (Path f : files) {
      try {
        total += Files.size(f);
      } catch (IOException e) {
        return -1;
      }
    }
    return total;
  }

  /**
   * The format of every file: {@code format} when given, else each file's extension; files of
   * different formats may be mixed.
   */
  public String formatOf(Path file, String format) {
    return format != null ? format : InputFiles.formatOf(file);
  }

  /** The one format of the set: {@code format} when given, the files' common format, or "mixed". */
  public String format(String format) {
    if (format != null) {
      return format;
    }
    Set<String> seen = new LinkedHashSet<>();
    files.forEach(f -> seen.add(InputFiles.formatOf(f)));
    return seen.size() == 1 ? seen.iterator().next() : "mixed";
  }

  /** Opens every shard in turn as one stream (format from each name unless {@code format} is given). */
  public InputSetReader open(String format) {
    return new InputSetReader(this, format, new AtomicLong());
  }

  /** Like {@link #open(String)}, adding stored bytes read to {@code progress}. */
  public InputSetReader open(String format, AtomicLong progress) {
    return new InputSetReader(this, format, progress);
  }
}
