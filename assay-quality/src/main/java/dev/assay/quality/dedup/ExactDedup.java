package dev.assay.quality.dedup;

import dev.assay.quality.DatasetCheck;

/**
 * {@code exact_dedup}: rejects records whose normalised text is identical to another record's.
 * Each text is normalised ({@link TextNormalization}, every step a flag) and hashed to 64 or 128
 * bits; records with the same hash form a group, one record per group is kept by {@code keep}
 * ({@code first}, {@code longest}, or {@code highest_score} of the numeric field {@code
 * score_field}), and each other member gets a finding whose {@code duplicateOf} is the kept
 * record's 1-based input line. Records whose normalised text is empty are never duplicates (the
 * heuristic checks judge empty text). Memory: about 40 bytes per record (hash slot, group, line,
 * length, score), never the text.
 *
 * <pre>{@code
 * ExactDedup d = ExactDedup.defaults();            // lowercase + NFKC + whitespace, 128-bit, keep first
 * DatasetCheck.Session s = d.start();
 * records.forEach(s::observe);
 * Map<Long, Finding> dups = s.findings();
 * }</pre>
 *
 * @param lowercase fold case before hashing
 * @param nfkc apply Unicode NFKC before hashing
 * @param collapseWhitespace collapse whitespace runs and trim
 * @param stripPunctuation delete punctuation and symbols
 * @param stripDigits delete decimal digits
 * @param hashBits 64 or 128
 * @param keep first, longest or highest_score
 * @param scoreField the numeric field for highest_score (null otherwise)
 */
public record ExactDedup(
    boolean lowercase,
    boolean nfkc,
    boolean collapseWhitespace,
    boolean stripPunctuation,
    boolean stripDigits,
    int hashBits,
    String keep,
    String scoreField)
    implements DatasetCheck {

  /** The registered name. */
  public static final String NAME = "exact_dedup";

  public ExactDedup {
    if (hashBits != 64 && hashBits != 128) {
      throw new IllegalArgumentException("hash_bits: expected 64 or 128, found " + hashBits);
    }
    keep = keep == null ? "first" : keep;
    KeepPolicy policy = KeepPolicy.parse(keep);
    keep = policy.configName();
    if (policy == KeepPolicy.HIGHEST_SCORE && (scoreField == null || scoreField.isBlank())) {
      throw new IllegalArgumentException("keep: highest_score needs score_field (a numeric field)");
    }
  }

  /** Lower case, NFKC, collapsed whitespace; 128-bit hashes; keep the first record. */
  public static ExactDedup defaults() {
    return new ExactDedup(true, true, true, false, false, 128, "first", null);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** The normalisation these flags describe. */
  public TextNormalization normalization() {
    return new TextNormalization(lowercase, nfkc, collapseWhitespace, stripPunctuation, stripDigits);
  }

  /** The keep policy. */
  public KeepPolicy policy() {
    return KeepPolicy.parse(keep);
  }

  @Override
  public DatasetCheck.Session start() {
    return new ExactDedupSession(this);
  }
}
