package dev.assay.cli;

import dev.assay.models.embed.EmbeddingCache;
import picocli.CommandLine.Option;

/**
 * {@code --embedding-cache PATH|off}, a picocli mixin for every command that embeds text (qa,
 * dedup, contamination, drift, toxicity score, bias, train toxicity, reward, judge, quickstart):
 * where the persistent embedding cache lives for this run, or {@code off}. Without it the cache
 * is {@code $ASSAY_EMBEDDING_CACHE}, else {@code $ASSAY_CACHE_DIR/embeddings.db}, else {@code
 * ~/.cache/assay/embeddings.db} ({@link EmbeddingCache}).
 *
 * <pre>{@code
 * @Mixin EmbeddingCacheOption embeddingCache;
 * // ./assay qa --config qa.yaml --embedding-cache /data/cache/embeddings.db
 * }</pre>
 */
public final class EmbeddingCacheOption {
  @Option(
      names = "--embedding-cache",
      paramLabel = "PATH|off",
      description = "Persistent embedding cache file (SQLite), or off (default: $ASSAY_EMBEDDING_CACHE,"
          + " else $ASSAY_CACHE_DIR/embeddings.db, else ~/.cache/assay/embeddings.db).")
  void embeddingCache(String pathOrOff) {
    EmbeddingCache.configure(pathOrOff);
  }
}
