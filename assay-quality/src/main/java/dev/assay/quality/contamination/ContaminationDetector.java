package dev.assay.quality.contamination;

import dev.assay.models.embed.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges texts against a benchmark: the n-gram index, and the embedding index when an embedder is
 * given. Immutable and thread-safe (if the embedder is); build it once per benchmark set.
 *
 * <pre>{@code
 * ContaminationDetector d = ContaminationDetector.build(check, embedder);   // embedder may be null
 * List<List<ContaminationMatch>> perRow = d.match(List.of(row1, row2));
 * }</pre>
 */
public final class ContaminationDetector {
  private static final Comparator<ContaminationMatch> BEST_FIRST =
      Comparator.comparingDouble(ContaminationMatch::overlap)
          .thenComparingDouble(m -> Double.isNaN(m.cosine()) ? -2 : m.cosine())
          .reversed();

  private final ContaminationCheck config;
  private final NGramIndex ngrams;
  private final EmbeddingIndex embeddings;
  private final Embedder embedder;
  private final Map<String, Map<String, Long>> benchmarkCounts;

  private ContaminationDetector(
      ContaminationCheck config, NGramIndex ngrams, EmbeddingIndex embeddings, Embedder embedder,
      Map<String, Map<String, Long>> benchmarkCounts) {
    this.config = config;
    this.ngrams = ngrams;
    this.embeddings = embeddings;
    this.embedder = embedder;
    this.benchmarkCounts = benchmarkCounts;
  }

  /**
   * Loads the configured benchmarks and indexes them.
   *
   * @param embedder the model for the embedding rule; required when {@code config.embedder()} is
   *     set, ignored otherwise
   */
  public static ContaminationDetector build(ContaminationCheck config, Embedder embedder) {
    BenchmarkLoader.Loaded loaded = BenchmarkLoader.load(config.sources());
    NGramIndex ngrams = NGramIndex.build(loaded.items(), loaded.texts(), config.ngram(), config.minItemTokens());
    EmbeddingIndex embeddings = null;
    if (config.usesEmbeddings()) {
      if (embedder == null) {
        throw new IllegalArgumentException("contamination: embedder '" + config.embedder() + "' configured but none given");
      }
      embeddings = EmbeddingIndex.build(embedder, loaded.texts());
    }
    return new ContaminationDetector(config, ngrams, embeddings, config.usesEmbeddings() ? embedder : null, loaded.perSource());
  }

  /** The configuration this detector applies. */
  public ContaminationCheck config() {
    return config;
  }

  /** The n-gram index (items, sizes). */
  public NGramIndex ngrams() {
    return ngrams;
  }

  /** The embedder in use, or {@code null}. */
  public Embedder embedder() {
    return embedder;
  }

  /** Per benchmark file: records, items, duplicate items, records without the field. */
  public Map<String, Map<String, Long>> benchmarkCounts() {
    return benchmarkCounts;
  }

  /** The items {@code text} leaks by the n-gram rule alone, best first. */
  public List<ContaminationMatch> matchNgrams(String text) {
    return limit(new ArrayList<>(ngramMatches(text).values()));
  }

  /**
   * The items each text leaks (n-gram and, when configured, embedding rule), best first, at most
   * {@code maxMatches} per text; an empty list for a clean text.
   */
  public List<List<ContaminationMatch>> match(List<String> texts) {
    List<Map<Integer, ContaminationMatch>> perText = new ArrayList<>(texts.size());
    for (String t : texts) {
      perText.add(ngramMatches(t));
    }
    if (embeddings != null && !texts.isEmpty()) {
      float[][] vectors = embedder.embed(texts);
      for (int r = 0; r < texts.size(); r++) {
        Map<Integer, ContaminationMatch> m = perText.get(r);
        float[] v = vectors[r];
        for (Map.Entry<Integer, ContaminationMatch> e : m.entrySet()) {
          ContaminationMatch c = e.getValue();
          m.put(e.getKey(), new ContaminationMatch(c.item(), c.matchedGrams(), c.itemGrams(), c.overlap(), cosine(v, e.getKey()), c.method()));
        }
        for (EmbeddingIndex.Hit h : embeddings.above(v, config.embeddingThreshold(), config.maxMatches())) {
          ContaminationMatch c = m.get(h.item());
          if (c != null) {
            m.put(h.item(), new ContaminationMatch(c.item(), c.matchedGrams(), c.itemGrams(), c.overlap(), h.cosine(), "ngram+embedding"));
          } else {
            m.put(h.item(), new ContaminationMatch(ngrams.item(h.item()), 0, ngrams.gramsOf(h.item()), 0, h.cosine(), "embedding"));
          }
        }
      }
    }
    List<List<ContaminationMatch>> out = new ArrayList<>(texts.size());
    for (Map<Integer, ContaminationMatch> m : perText) {
      out.add(limit(new ArrayList<>(m.values())));
    }
    return out;
  }

  private double cosine(float[] v, int item) {
    return Embedder.isZero(v) ? 0 : embeddings.cosineWith(v, item);
  }

  private Map<Integer, ContaminationMatch> ngramMatches(String text) {
    Map<Integer, ContaminationMatch> out = new LinkedHashMap<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    for (Map.Entry<Integer, Integer> e : ngrams.matches(TextNormalizer.tokens(text)).entrySet()) {
      int item = e.getKey();
      int matched = e.getValue();
      int total = ngrams.gramsOf(item);
      double overlap = total == 0 ? 0 : (double) matched / total;
      if (matched >= config.minMatches() && overlap >= config.minFraction()) {
        out.put(item, new ContaminationMatch(ngrams.item(item), matched, total, overlap, Double.NaN, "ngram"));
      }
    }
    return out;
  }

  private List<ContaminationMatch> limit(List<ContaminationMatch> all) {
    all.sort(BEST_FIRST);
    return all.size() > config.maxMatches() ? List.copyOf(all.subList(0, config.maxMatches())) : List.copyOf(all);
  }
}
