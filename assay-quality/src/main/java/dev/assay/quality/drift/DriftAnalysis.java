package dev.assay.quality.drift;

import dev.assay.models.embed.Embedder;
import dev.assay.quality.language.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares two {@link DatasetProfile}s feature by feature: text length in characters and words and
 * every numeric field ({@link NumericShift}: KS, PSI, Jensen-Shannon), detected language ({@link
 * CategoryShift}), embeddings ({@link EmbeddingShift}: MMD with a permutation p-value) and
 * embedding clusters ({@link ClusterShift}: what appeared or vanished, with examples). Features
 * that cannot run (no embedder, no language detector, too few rows) are skipped with a note.
 *
 * <pre>{@code
 * DriftReport r = DriftAnalysis.compare(ref, cur, DriftOptions.defaults("text"), embedder, detector);
 * }</pre>
 */
public final class DriftAnalysis {
  private static final int LANGUAGE_CHARS = 1000;

  private DriftAnalysis() {}

  /**
   * Runs the comparison.
   *
   * @param embedder for the {@code embedding} feature, or null to skip it
   * @param detector for the {@code language} feature, or null to skip it
   */
  public static DriftReport compare(
      DatasetProfile ref, DatasetProfile cur, DriftOptions o, Embedder embedder, LanguageDetector detector) {
    List<String> notes = new ArrayList<>();
    List<String> shifted = new ArrayList<>();
    List<NumericShift> numeric = new ArrayList<>();
    for (String f : List.of("chars", "words")) {
      if (o.has(f)) {
        numeric.add(NumericShift.of(f, "text", ref.values(f), cur.values(f), o));
      }
    }
    for (String f : o.numericFields()) {
      NumericShift s = NumericShift.of(f, "field", ref.values(f), cur.values(f), o);
      if (s.nReference() == 0 || s.nCurrent() == 0) {
        notes.add("field '" + f + "': no numeric values in " + (s.nReference() == 0 ? "the reference" : "the current set"));
      }
      numeric.add(s);
    }
    numeric.stream().filter(NumericShift::shifted).forEach(s -> shifted.add(s.feature()));

    CategoryShift language = null;
    if (o.has("language")) {
      if (detector == null) {
        notes.add("language: skipped, no language detector available");
      } else {
        language = CategoryShift.of("language", languages(ref, detector), languages(cur, detector), o);
        if (language.shifted()) {
          shifted.add("language");
        }
      }
    }

    EmbeddingShift embedding = null;
    ClusterShift clusters = null;
    if (o.has("embedding")) {
      List<DatasetProfile.Sampled> rs = ref.sample();
      List<DatasetProfile.Sampled> cs = cur.sample();
      if (embedder == null) {
        notes.add("embedding: skipped, no embedder given");
      } else if (rs.size() < 2 || cs.size() < 2) {
        notes.add("embedding: skipped, fewer than 2 texts on a side");
      } else {
        double[][] rv = embed(embedder, rs);
        double[][] cv = embed(embedder, cs);
        try {
          embedding = EmbeddingShift.of(embedder.name(), rv, cv, o);
        } catch (IllegalArgumentException e) {
          notes.add("embedding: MMD skipped: " + e.getMessage());
        }
        if (embedding != null && embedding.shifted()) {
          shifted.add("embedding");
        }
        clusters = ClusterShift.of(rs, rv, cs, cv, o);
        if (clusters.shifted()) {
          shifted.add("clusters");
        }
      }
    }
    return new DriftReport(ref.summary(), cur.summary(), numeric, language, embedding, clusters, shifted, notes, o);
  }

  private static Map<String, Long> languages(DatasetProfile p, LanguageDetector d) {
    Map<String, Long> out = new TreeMap<>();
    for (DatasetProfile.Sampled s : p.sample()) {
      String t = s.text().length() > LANGUAGE_CHARS ? s.text().substring(0, LANGUAGE_CHARS) : s.text();
      out.merge(d.detect(t).language(), 1L, Long::sum);
    }
    return out;
  }

  private static double[][] embed(Embedder e, List<DatasetProfile.Sampled> rows) {
    float[][] f = e.embed(rows.stream().map(DatasetProfile.Sampled::text).toList());
    double[][] d = new double[f.length][];
    for (int i = 0; i < f.length; i++) {
      d[i] = new double[f[i].length];
      for (int j = 0; j < f[i].length; j++) {
        d[i][j] = f[i][j];
      }
    }
    return d;
  }
}
