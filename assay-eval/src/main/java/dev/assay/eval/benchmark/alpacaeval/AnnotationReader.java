package dev.assay.eval.benchmark.alpacaeval;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.Fields;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads AlpacaEval annotation files (a JSON array of objects, gzipped or not) into {@link
 * AnnotationSet}s. Every problem is an {@link AssayInputException} naming {@code file:line}, the
 * field, what was expected and what was found.
 *
 * <p>The model's name comes from the path, because {@code generator_2} inside the file is not
 * always the leaderboard name (AlpacaEval's NullModel writes "example"): a file called {@code
 * annotations.json[.gz]} is named after the folder above its annotator folder (AlpacaEval's layout
 * {@code results/<model>/<annotator>/annotations.json}); any other file after its own name without
 * {@code .json[.gz]}. A directory contributes its {@code *.json[.gz]} files and, below it, every
 * {@code annotations.json[.gz]}.
 *
 * <pre>{@code
 * List<AnnotationSet> sets = AnnotationReader.readAll(List.of(Path.of("alpaca_eval/results")));
 * }</pre>
 */
public final class AnnotationReader {
  private AnnotationReader() {}

  /** Reads every annotation file given or found under the given directories; names must be unique. */
  public static List<AnnotationSet> readAll(List<Path> paths) {
    Map<String, AnnotationSet> byModel = new LinkedHashMap<>();
    for (Path file : expand(paths)) {
      AnnotationSet s = read(file);
      AnnotationSet before = byModel.putIfAbsent(s.model(), s);
      if (before != null) {
        throw new AssayInputException(
            file + ": expected one annotation file per model, found a second one for '" + s.model()
                + "' (first: " + before.source() + ")");
      }
    }
    if (byModel.isEmpty()) {
      throw new AssayInputException(paths + ": expected AlpacaEval annotation files (*.json[.gz]), found none");
    }
    return List.copyOf(byModel.values());
  }

  /** The files {@link #readAll} reads, sorted within each directory. */
  public static List<Path> expand(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new AssayInputException(p + ": no such file or directory");
      }
      if (!Files.isDirectory(p)) {
        files.add(p);
        continue;
      }
      try (Stream<Path> s = Files.walk(p)) {
        s.filter(Files::isRegularFile)
            .filter(f -> isJson(f) && (f.getParent().equals(p) || isAnnotationsFile(f)))
            .sorted()
            .forEach(files::add);
      } catch (IOException | UncheckedIOException e) {
        throw new AssayInputException(p + ": cannot list directory: " + e.getMessage(), e);
      }
    }
    return files;
  }

  /** Reads one annotation file. */
  public static AnnotationSet read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new AssayInputException(file + (Files.exists(file) ? ": expected an annotation file, found a directory" : ": no such file"));
    }
    List<Annotation> rows = new ArrayList<>();
    String[] generators = new String[2];
    try (DatasetReader in = Datasets.open(file, "json")) {
      for (InputRecord r; (r = in.next()) != null; ) {
        if (!r.parsed()) {
          throw new AssayInputException(r.error());
        }
        JsonNode v = r.value();
        if (!v.isObject()) {
          throw new AssayInputException(r.location() + ": expected a JSON object, found " + Fields.describe(v));
        }
        String where = r.location();
        String instruction = requireString(v, "instruction", where);
        String o1 = requireString(v, "output_1", where);
        String o2 = requireString(v, "output_2", where);
        generators[0] = sameGenerator(v, "generator_1", generators[0], where);
        generators[1] = sameGenerator(v, "generator_2", generators[1], where);
        rows.add(
            new Annotation(
                instruction,
                preference(v, where),
                o1.codePointCount(0, o1.length()),
                o2.codePointCount(0, o2.length()),
                where));
      }
    }
    if (rows.isEmpty()) {
      throw new AssayInputException(file + ": expected at least one annotation, found an empty array");
    }
    return new AnnotationSet(
        modelName(file),
        generators[0] == null ? "" : generators[0],
        generators[1] == null ? "" : generators[1],
        file.toString(),
        rows);
  }

  /** The model name a file stands for (see the class comment). */
  public static String modelName(Path file) {
    String name = file.getFileName().toString();
    String stem = stripJson(name);
    if (stem.equals("annotations")) {
      Path annotator = file.toAbsolutePath().getParent();
      Path model = annotator == null ? null : annotator.getParent();
      if (model != null && model.getFileName() != null) {
        return model.getFileName().toString();
      }
    }
    return stem;
  }

  private static double preference(JsonNode v, String where) {
    JsonNode p = v.get("preference");
    if (p == null || p.isNull()) {
      return Double.NaN;
    }
    if (!p.isNumber()) {
      throw new AssayInputException(
          where + ": preference: expected a number in [1, 2], 0 or null, found " + Fields.describe(p));
    }
    return p.doubleValue();
  }

  private static String requireString(JsonNode v, String field, String where) {
    JsonNode s = v.get(field);
    if (s == null || s.isNull()) {
      throw new AssayInputException(where + ": " + field + ": expected a string, found no value");
    }
    if (!s.isString()) {
      throw new AssayInputException(where + ": " + field + ": expected a string, found " + Fields.describe(s));
    }
    return s.stringValue();
  }

  private static String sameGenerator(JsonNode v, String field, String seen, String where) {
    JsonNode g = v.get(field);
    if (g == null || g.isNull()) {
      return seen;
    }
    String name = g.isString() ? g.stringValue() : g.toString();
    if (seen != null && !seen.equals(name)) {
      throw new AssayInputException(
          where + ": " + field + ": expected one model per file ('" + seen + "'), found '" + name + "'");
    }
    return name;
  }

  private static boolean isJson(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".json") || n.endsWith(".json.gz");
  }

  private static boolean isAnnotationsFile(Path f) {
    return stripJson(f.getFileName().toString()).equals("annotations");
  }

  private static String stripJson(String name) {
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }

}
