package dev.assay.quality.dedup;

import dev.assay.quality.DatasetCheck;

/**
 * {@code minhash_dedup}: near-duplicate detection with MinHash LSH. Each text becomes a set of
 * shingles (word or char n-grams, {@link Shingler}), hashed once; {@code num_perm} MinHash values
 * ({@link MinHasher}, 32- or 64-bit) are cut into {@code bands × rows} ({@link LshParams}: derived
 * from {@code threshold} as datasketch does, or given); records that share a band bucket are
 * candidates and are merged into clusters by union-find. With {@code verify}, a candidate pair is
 * merged only when the exact Jaccard similarity of the two shingle sets reaches the threshold.
 * Each cluster keeps one record by {@code keep}; the others get a finding whose {@code duplicateOf}
 * is the kept record's 1-based input line. Records without shingles (no words) are never
 * duplicates.
 *
 * <p>Memory per record: 4 bytes (union-find) + 16 (line, length) + 8 with a score field, plus one
 * bucket slot per band (12 bytes at ≤ 3/4 load, so about 16 × bands bytes): about 170 bytes for 9
 * bands. Signatures are not kept. {@code verify} adds each record's shingle set (4 bytes per
 * distinct shingle: for word 5-grams about 0.7 × the UTF-8 size of English text) and 4 bytes per
 * band for the bucket chains: turn it on when precision matters more than memory.
 *
 * <p>Signatures are computed on {@code threads} worker threads (0 = one per processor) in batches;
 * buckets are filled in input order, so results do not depend on the thread count.
 *
 * <pre>{@code
 * MinHashDedup d = MinHashDedup.defaults().withThreshold(0.7);
 * DatasetCheck.Session s = d.start();
 * records.forEach(s::observe);
 * Map<Long, Finding> dups = s.findings();
 * Map<String, Object> report = s.report();   // cluster sizes, candidate and verified pairs
 * }</pre>
 *
 * @param threshold Jaccard similarity threshold in (0, 1)
 * @param numPerm MinHash permutations (signature length)
 * @param ngram shingle size in words or chars
 * @param shingle {@code word} or {@code char}
 * @param lowercase fold case before shingling
 * @param hashBits 32 or 64
 * @param bands LSH bands, or 0 to derive bands and rows from the threshold
 * @param rows LSH rows per band, or 0 to derive
 * @param falsePositiveWeight weight of the false-positive area when deriving
 * @param falseNegativeWeight weight of the false-negative area when deriving
 * @param seed seed of the MinHash permutations
 * @param verify check candidate pairs by exact Jaccard before merging them
 * @param keep first, longest or highest_score
 * @param scoreField the numeric field for highest_score (null otherwise)
 * @param threads signature threads (0 = available processors)
 */
public record MinHashDedup(
    double threshold,
    int numPerm,
    int ngram,
    String shingle,
    boolean lowercase,
    int hashBits,
    int bands,
    int rows,
    double falsePositiveWeight,
    double falseNegativeWeight,
    long seed,
    boolean verify,
    String keep,
    String scoreField,
    int threads)
    implements DatasetCheck {

  /** The registered name. */
  public static final String NAME = "minhash_dedup";

  public MinHashDedup {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException("threshold: expected a value in (0, 1), found " + threshold);
    }
    if (numPerm < 2 || numPerm > 8192) {
      throw new IllegalArgumentException("num_perm: expected 2 to 8192, found " + numPerm);
    }
    if (ngram < 1) {
      throw new IllegalArgumentException("ngram: expected at least 1, found " + ngram);
    }
    shingle = shingle == null ? "word" : shingle;
    if (!shingle.equals("word") && !shingle.equals("char")) {
      throw new IllegalArgumentException("shingle: expected word or char, found '" + shingle + "'");
    }
    if (hashBits != 32 && hashBits != 64) {
      throw new IllegalArgumentException("hash_bits: expected 32 or 64, found " + hashBits);
    }
    if (bands < 0 || rows < 0 || (bands == 0) != (rows == 0)) {
      throw new IllegalArgumentException(
          "bands and rows: give both (positive) or neither, found " + bands + " and " + rows);
    }
    if (bands > 0 && (long) bands * rows > numPerm) {
      throw new IllegalArgumentException(
          "bands x rows: expected at most num_perm = " + numPerm + ", found " + bands + " x " + rows);
    }
    if (!(falsePositiveWeight >= 0 && falseNegativeWeight >= 0)
        || falsePositiveWeight + falseNegativeWeight == 0) {
      throw new IllegalArgumentException(
          "false_positive_weight and false_negative_weight: expected non-negative and not both 0,"
              + " found " + falsePositiveWeight + " and " + falseNegativeWeight);
    }
    keep = keep == null ? "first" : keep;
    KeepPolicy policy = KeepPolicy.parse(keep);
    keep = policy.configName();
    if (policy == KeepPolicy.HIGHEST_SCORE && (scoreField == null || scoreField.isBlank())) {
      throw new IllegalArgumentException("keep: highest_score needs score_field (a numeric field)");
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads: expected 0 (one per processor) or more, found " + threads);
    }
  }

  /**
   * Threshold 0.8, 128 permutations, word 5-grams, lower case, 32-bit, derived banding with
   * weights 0.5/0.5, seed 42, no verification, keep first, threads = processors.
   */
  public static MinHashDedup defaults() {
    return new MinHashDedup(0.8, 128, 5, "word", true, 32, 0, 0, 0.5, 0.5, 42, false, "first", null, 0);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** A copy with another threshold (banding re-derived when it was derived). */
  public MinHashDedup withThreshold(double t) {
    return new MinHashDedup(t, numPerm, ngram, shingle, lowercase, hashBits, bands, rows,
        falsePositiveWeight, falseNegativeWeight, seed, verify, keep, scoreField, threads);
  }

  /** A copy with other shingling. */
  public MinHashDedup withShingles(String kind, int n) {
    return new MinHashDedup(threshold, numPerm, n, kind, lowercase, hashBits, bands, rows,
        falsePositiveWeight, falseNegativeWeight, seed, verify, keep, scoreField, threads);
  }

  /** A copy with another number of permutations (banding must be derived or still fit). */
  public MinHashDedup withNumPerm(int p) {
    return new MinHashDedup(threshold, p, ngram, shingle, lowercase, hashBits, bands, rows,
        falsePositiveWeight, falseNegativeWeight, seed, verify, keep, scoreField, threads);
  }

  /** A copy with verification on or off. */
  public MinHashDedup withVerify(boolean v) {
    return new MinHashDedup(threshold, numPerm, ngram, shingle, lowercase, hashBits, bands, rows,
        falsePositiveWeight, falseNegativeWeight, seed, v, keep, scoreField, threads);
  }

  /** A copy with another keep policy and score field. */
  public MinHashDedup withKeep(String policy, String field) {
    return new MinHashDedup(threshold, numPerm, ngram, shingle, lowercase, hashBits, bands, rows,
        falsePositiveWeight, falseNegativeWeight, seed, verify, policy, field, threads);
  }

  /** A copy with explicit banding ({@code 0, 0} to derive it). */
  public MinHashDedup withBanding(int b, int r) {
    return new MinHashDedup(threshold, numPerm, ngram, shingle, lowercase, hashBits, b, r,
        falsePositiveWeight, falseNegativeWeight, seed, verify, keep, scoreField, threads);
  }

  /** A copy with other false-positive / false-negative weights for deriving the banding. */
  public MinHashDedup withWeights(double fp, double fn) {
    return new MinHashDedup(threshold, numPerm, ngram, shingle, lowercase, hashBits, bands, rows,
        fp, fn, seed, verify, keep, scoreField, threads);
  }

  /** A copy with another thread count. */
  public MinHashDedup withThreads(int n) {
    return new MinHashDedup(threshold, numPerm, ngram, shingle, lowercase, hashBits, bands, rows,
        falsePositiveWeight, falseNegativeWeight, seed, verify, keep, scoreField, n);
  }

  /** The banding used: as given, or derived from the threshold and weights. */
  public LshParams lshParams() {
    return bands > 0
        ? new LshParams(bands, rows)
        : LshParams.optimal(threshold, numPerm, falsePositiveWeight, falseNegativeWeight);
  }

  /** The keep policy. */
  public KeepPolicy policy() {
    return KeepPolicy.parse(keep);
  }

  /** The worker threads a session uses. */
  public int effectiveThreads() {
    return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  @Override
  public DatasetCheck.Session start() {
    return new MinHashSession(this);
  }
}
