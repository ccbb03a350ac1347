package dev.assay.quality.drift;

import dev.assay.core.format.FieldPath;
import dev.assay.quality.contamination.TextFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * What drift analysis remembers of one data set, collected in one streaming pass: per-row numbers
 * (characters, words, each numeric field; 8 bytes a value) and a reservoir sample of at most
 * {@code sampleSize} rows' texts for language, embeddings and clusters. Memory never grows with
 * the raw text beyond the sample.
 *
 * <pre>{@code
 * DatasetProfile p = new DatasetProfile("ref.jsonl", options);
 * p.add(line, id, record);   // for every parsed record
 * double[] chars = p.values("chars");
 * }</pre>
 */
public final class DatasetProfile {
  /** One sampled row. */
  public record Sampled(long line, String id, String text) {}

  private final String source;
  private final FieldPath field;
  private final List<String> numericFields;
  private final List<FieldPath> numericPaths = new ArrayList<>();
  private final Map<String, DoubleList> values = new LinkedHashMap<>();
  private final List<Sampled> sample = new ArrayList<>();
  private final int sampleSize;
  private final Random random;
  private long rows;
  private long withText;
  private long withoutText;
  private long quarantined;
  private final Map<String, Long> nonNumeric = new LinkedHashMap<>();

  public DatasetProfile(String source, DriftOptions o) {
    this.source = source;
    this.field = FieldPath.parse(o.field());
    this.numericFields = o.numericFields();
    this.sampleSize = o.sampleSize();
    this.random = new Random(o.seed() ^ source.hashCode());
    values.put("chars", new DoubleList());
    values.put("words", new DoubleList());
    for (String f : numericFields) {
      numericPaths.add(FieldPath.parse(f));
      values.put(f, new DoubleList());
      nonNumeric.put(f, 0L);
    }
  }

  /** Adds one parsed record. */
  public void add(long line, String id, JsonNode record) {
    rows++;
    String text = TextFields.joined(record, field);
    if (text == null) {
      withoutText++;
    } else {
      withText++;
      values.get("chars").add(text.codePointCount(0, text.length()));
      values.get("words").add(words(text));
      if (sample.size() < sampleSize) {
        sample.add(new Sampled(line, id, text));
      } else {
        long j = (long) (random.nextDouble() * withText);
        if (j < sampleSize) {
          sample.set((int) j, new Sampled(line, id, text));
        }
      }
    }
    for (int i = 0; i < numericFields.size(); i++) {
      JsonNode v = numericPaths.get(i).find(record);
      if (v != null && v.isNumber()) {
        values.get(numericFields.get(i)).add(v.asDouble());
      } else if (v != null && !v.isNull()) {
        nonNumeric.merge(numericFields.get(i), 1L, Long::sum);
      }
    }
  }

  /** Counts a record that did not parse. */
  public void quarantined() {
    quarantined++;
  }

  /** The values of a numeric feature ({@code chars}, {@code words} or a numeric field). */
  public double[] values(String feature) {
    return values.get(feature).toArray();
  }

  /** The reservoir sample, in the order kept. */
  public List<Sampled> sample() {
    return List.copyOf(sample);
  }

  /** Counts for the report. */
  public Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", source);
    m.put("records", rows + quarantined);
    m.put("parsed", rows);
    m.put("quarantined", quarantined);
    m.put("with_text", withText);
    m.put("without_text", withoutText);
    m.put("sampled", sample.size());
    if (!nonNumeric.isEmpty()) {
      m.put("non_numeric_values", nonNumeric);
    }
    return m;
  }

  static int words(String text) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i));
      if (!space && !in) {
        n++;
      }
      in = !space;
    }
    return n;
  }

  /** A growable array of doubles. */
  static final class DoubleList {
    private double[] a = new double[64];
    private int n;

    void add(double x) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = x;
    }

    double[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}
