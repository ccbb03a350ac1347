package dev.assay.quality.semantic;

import dev.assay.models.embed.EmbedderOptions;
import dev.assay.quality.DatasetCheck;

/**
 * Semantic duplicates, SemDeDup-style: embed every record's checked text (the bundled MiniLM, its
 * int8 variant, or any ONNX sentence-embedding model by path), bucket the vectors with spherical
 * k-means, and within each bucket find near neighbours with a jvector graph index; pairs with
 * cosine at or above {@code threshold} are joined into clusters (union-find, so A~B and B~C put A,
 * B and C together), one record per cluster is kept and the others get a finding whose {@code
 * duplicateOf} is the kept record's 1-based line.
 *
 * <ul>
 *   <li>Texts identical after trimming are exact duplicates: always found (hashed, not embedded
 *       twice), with rule {@code exact} and value 1.
 *   <li>Blank texts (empty, whitespace) are never semantic duplicates (their vector is zero):
 *       they are skipped and counted in the report; flag them with a heuristic check.
 *   <li>Memory: one {@code float[dimension]} per distinct text (1.5 KB for MiniLM), a hash, a line
 *       number and a length; never the text, except a bounded buffer waiting to be embedded.
 *   <li>Duplicates in different buckets are not compared (the SemDeDup trade-off); with {@code
 *       buckets = 0} the number of buckets is {@code ceil(n / 10,000)}, so up to 10,000 distinct
 *       texts are searched as one bucket.
 * </ul>
 *
 * <pre>{@code
 * Check c = CheckRegistry.create("semantic_dedup", Json.MAPPER.readTree("{\"threshold\": 0.9, \"model\": \"minilm-q\"}"));
 * }</pre>
 *
 * @param model {@code minilm}, {@code minilm-q}, or a path to an {@code .onnx} model with its
 *     {@code tokenizer.json}
 * @param threshold the cosine at or above which two texts are duplicates, in (0, 1]
 * @param buckets k-means buckets; 0 picks {@code ceil(n / 10,000)}
 * @param batchSize texts per model call
 * @param keep which record of a cluster is kept: {@code first} (lowest line) or {@code longest}
 *     (most characters; ties go to the first)
 * @param neighbours how many nearest neighbours each text asks the index for
 * @param seed seed of the k-means sampling and initialisation
 */
public record SemanticDedup(
    String model, double threshold, int buckets, int batchSize, String keep, int neighbours, long seed)
    implements DatasetCheck {

  /** Texts per bucket when {@code buckets} is 0. */
  public static final int AUTO_BUCKET_SIZE = 10_000;

  public SemanticDedup {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("model: expected minilm, minilm-q or a path to an .onnx file, found '" + model + "'");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold: expected a cosine in (0, 1], found " + threshold);
    }
    if (buckets < 0) {
      throw new IllegalArgumentException("buckets: expected >= 0 (0 = automatic), found " + buckets);
    }
    if (batchSize < 1 || batchSize > 4096) {
      throw new IllegalArgumentException("batch_size: expected 1..4096, found " + batchSize);
    }
    if (!"first".equals(keep) && !"longest".equals(keep)) {
      throw new IllegalArgumentException("keep: expected first or longest, found '" + keep + "'");
    }
    if (neighbours < 1 || neighbours > 1000) {
      throw new IllegalArgumentException("neighbours: expected 1..1000, found " + neighbours);
    }
  }

  /** MiniLM fp32, cosine 0.9, automatic buckets, batches of 32, keep the first, 16 neighbours, seed 42. */
  public static SemanticDedup defaults() {
    return new SemanticDedup("minilm", 0.9, 0, 32, "first", 16, 42L);
  }

  @Override
  public String name() {
    return "semantic_dedup";
  }

  @Override
  public Session start() {
    return new SemanticDedupSession(this, new EmbedderOptions(batchSize, 0, null, 0));
  }
}
