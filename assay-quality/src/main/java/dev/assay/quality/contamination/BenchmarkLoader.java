package dev.assay.quality.contamination;

import dev.assay.core.AssayInputException;
import dev.assay.core.format.FieldPath;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputFiles;
import dev.assay.core.io.InputRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads benchmark files into items. Items whose normalised text repeats an earlier item (the same
 * AlpacaEval instruction in every model's annotation file) are counted as duplicates and dropped.
 * A benchmark must parse: a record that does not is an error naming {@code file:line}.
 *
 * <pre>{@code
 * BenchmarkLoader.Loaded b = BenchmarkLoader.load(List.of(BenchmarkSource.parse("question.jsonl:turns")));
 * b.items().size();   // 160 for MT-Bench (80 questions x 2 turns)
 * }</pre>
 */
public final class BenchmarkLoader {
  private static final int SNIPPET = 100;

  private BenchmarkLoader() {}

  /**
   * Benchmark items with their full texts (for embedding; index builders drop the texts).
   *
   * @param items the items, in file order, duplicates removed
   * @param texts each item's original text, parallel to {@code items}
   * @param perSource per benchmark file: records, items, duplicates, records without the field
   */
  public record Loaded(List<BenchmarkItem> items, List<String> texts, Map<String, Map<String, Long>> perSource) {}

  /** Loads every source, in order. */
  public static Loaded load(List<BenchmarkSource> sources) {
    if (sources.isEmpty()) {
      throw new AssayInputException("contamination: at least one benchmark file is required");
    }
    List<BenchmarkItem> items = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Map<String, Map<String, Long>> perSource = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (BenchmarkSource s : sources) {
      perSource.put(s.path().toString(), loadOne(s, items, texts, seen));
    }
    return new Loaded(List.copyOf(items), List.copyOf(texts), perSource);
  }

  private static Map<String, Long> loadOne(
      BenchmarkSource s, List<BenchmarkItem> items, List<String> texts, Set<String> seen) {
    InputFiles.checkReadable(s.path());
    String field = s.field();
    String idField = s.idField();
    long records = 0;
    long added = 0;
    long duplicates = 0;
    long missing = 0;
    FieldPath path = null;
    try (DatasetReader in = Datasets.open(s.path())) {
      for (InputRecord r; (r = in.next()) != null; ) {
        records++;
        if (!r.parsed()) {
          throw new AssayInputException(r.location() + ": benchmark record does not parse: " + r.error());
        }
        JsonNode v = r.value();
        if (field == null) {
          field = detect(v, BenchmarkSource.DETECTED_FIELDS);
          if (field == null) {
            throw new AssayInputException(
                r.location() + ": cannot tell which field holds the benchmark text; expected one of "
                    + BenchmarkSource.DETECTED_FIELDS + ", found fields " + names(v)
                    + "; name it as FILE:FIELD");
          }
        }
        if (idField == null) {
          idField = detect(v, BenchmarkSource.DETECTED_ID_FIELDS);
          idField = idField == null ? "" : idField;
        }
        if (path == null) {
          path = FieldPath.parse(field);
        }
        List<String> parts = TextFields.parts(v, path);
        if (parts.isEmpty()) {
          missing++;
          continue;
        }
        JsonNode idNode = idField.isEmpty() ? null : v.get(idField);
        String id = idNode == null || idNode.isNull() ? null : idNode.isString() ? idNode.asString() : idNode.toString();
        boolean array = path.find(v).isArray();
        for (int t = 0; t < parts.size(); t++) {
          String text = parts.get(t);
          String[] tokens = TextNormalizer.tokens(text);
          if (tokens.length == 0 || !seen.add(String.join(" ", tokens))) {
            duplicates += tokens.length == 0 ? 0 : 1;
            continue;
          }
          items.add(new BenchmarkItem(s.path().toString(), r.line(), records, id, array ? t + 1 : 0, tokens.length, snippet(text)));
          texts.add(text);
          added++;
        }
      }
      if (in.summary().truncated()) {
        throw new AssayInputException(s.path() + ": benchmark file is truncated: " + in.summary().truncation());
      }
    }
    if (added == 0 && duplicates == 0) {
      throw new AssayInputException(
          s.path() + ": no benchmark items found in field '" + field + "' (" + records + " records, "
              + missing + " without the field)");
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("records", records);
    counts.put("items", added);
    counts.put("duplicate_items", duplicates);
    counts.put("records_without_field", missing);
    return counts;
  }

  static String snippet(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET - 1) + "…";
  }

  private static String detect(JsonNode v, List<String> candidates) {
    for (String f : candidates) {
      if (v.hasNonNull(f)) {
        return f;
      }
    }
    return null;
  }

  private static List<String> names(JsonNode v) {
    List<String> out = new ArrayList<>();
    v.propertyNames().forEach(out::add);
    return out;
  }
}
