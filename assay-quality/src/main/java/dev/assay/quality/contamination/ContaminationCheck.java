package dev.assay.quality.contamination;

import dev.assay.core.AssayInputException;
import dev.assay.quality.DatasetCheck;
import java.util.List;

/**
 * The {@code contamination} check: flags training rows that leak a benchmark item, by word n-gram
 * overlap and, when an embedder is named, by embedding cosine.
 *
 * <p><b>Why a {@link DatasetCheck}.</b> Each row is judged on its own against a fixed benchmark
 * index, so a record check would do; but embedding pays only in batches (one model call per 64
 * rows instead of per row), and a session can buffer rows into batches while memory stays bounded
 * by the findings. The index is built (or taken from a per-process cache) when a session starts.
 *
 * <p><b>N-gram rule.</b> Texts are normalised as in {@link TextNormalizer} (lower case,
 * punctuation and symbols deleted, split on whitespace), the definition of the GPT-3 paper and of
 * lm-evaluation-harness's decontamination janitor, with {@code n = 13} by default (theirs). An
 * item shorter than {@code ngram} words but at least {@code minItemTokens} is matched as a whole
 * (GPT-3 lowered N for short examples, never below 8). A row leaks an item when it contains at
 * least {@code minMatches} of the item's distinct grams <em>and</em> at least {@code minFraction}
 * of them; the defaults (1 gram, fraction 0) are GPT-3's "any 13-gram collision is dirty".
 *
 * <p><b>Embedding rule.</b> With {@code embedder} set ({@code minilm}, {@code minilm-q}, or an ONNX
 * path, see {@code dev.assay.models.embed.Embedders}), a row also leaks every item whose cosine
 * with the row's text is at least {@code embeddingThreshold}: that catches paraphrases that share
 * no 13-gram.
 *
 * <pre>{@code
 * ContaminationCheck c = new ContaminationCheck(
 *     List.of("../shared/data/mt_bench/question.jsonl:turns"), 13, 8, 1, 0.0, "minilm", 0.8, 5);
 * DatasetCheck.Session s = c.start();
 * records.forEach(s::observe);
 * Map<Long, Finding> leaks = s.findings();
 * }</pre>
 *
 * @param benchmarks benchmark files as {@code FILE[:FIELD]} (see {@link BenchmarkSource#parse})
 * @param ngram words per n-gram (default 13)
 * @param minItemTokens shortest benchmark item matched whole when shorter than {@code ngram}
 *     (default 8); set it to {@code ngram} to ignore short items
 * @param minMatches distinct item grams a row must contain (default 1)
 * @param minFraction share of the item's distinct grams the row must contain, 0..1 (default 0)
 * @param embedder embedding model spec, or null/empty for n-grams only (default)
 * @param embeddingThreshold cosine at or above which a row leaks an item (default 0.8: with
 *     MiniLM on MT-Bench and AlpacaEval, unrelated instructions on the same topics stayed below
 *     0.76 and reworded items with a third of their words dropped were mostly above 0.8)
 * @param maxMatches most matches reported per row, best first (default 5)
 */
public record ContaminationCheck(
    List<String> benchmarks,
    int ngram,
    int minItemTokens,
    int minMatches,
    double minFraction,
    String embedder,
    double embeddingThreshold,
    int maxMatches)
    implements DatasetCheck {

  /** The registered name. */
  public static final String NAME = "contamination";

  public ContaminationCheck {
    benchmarks = benchmarks == null ? List.of() : List.copyOf(benchmarks);
    if (ngram < 1) {
      throw new IllegalArgumentException("ngram: expected >= 1, found " + ngram);
    }
    if (minItemTokens < 1) {
      throw new IllegalArgumentException("min_item_tokens: expected >= 1, found " + minItemTokens);
    }
    if (minMatches < 1) {
      throw new IllegalArgumentException("min_matches: expected >= 1, found " + minMatches);
    }
    if (!(minFraction >= 0 && minFraction <= 1)) {
      throw new IllegalArgumentException("min_fraction: expected 0..1, found " + minFraction);
    }
    if (!(embeddingThreshold > -1 && embeddingThreshold <= 1)) {
      throw new IllegalArgumentException("embedding_threshold: expected (-1, 1], found " + embeddingThreshold);
    }
    if (maxMatches < 1) {
      throw new IllegalArgumentException("max_matches: expected >= 1, found " + maxMatches);
    }
    if (embedder != null && embedder.isBlank()) {
      embedder = null;
    }
  }

  /** No benchmarks yet (they must be given), 13-grams, short items from 8 words, no embeddings. */
  public static ContaminationCheck defaults() {
    return new ContaminationCheck(List.of(), 13, 8, 1, 0.0, null, 0.8, 5);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** True when an embedder is configured. */
  public boolean usesEmbeddings() {
    return embedder != null;
  }

  /** The same check against other benchmarks. */
  public ContaminationCheck withBenchmarks(List<String> specs) {
    return new ContaminationCheck(specs, ngram, minItemTokens, minMatches, minFraction, embedder, embeddingThreshold, maxMatches);
  }

  /** The same check with an embedder spec (null for n-grams only) and threshold. */
  public ContaminationCheck withEmbedder(String spec, double threshold) {
    return new ContaminationCheck(benchmarks, ngram, minItemTokens, minMatches, minFraction, spec, threshold, maxMatches);
  }

  /** Parsed benchmark sources; an error when none are configured. */
  public List<BenchmarkSource> sources() {
    if (benchmarks.isEmpty()) {
      throw new AssayInputException("contamination: 'benchmarks' is required (files as FILE[:FIELD])");
    }
    return benchmarks.stream().map(BenchmarkSource::parse).toList();
  }

  @Override
  public ContaminationSession start() {
    return new ContaminationSession(ContaminationDetectors.forCheck(this));
  }
}
