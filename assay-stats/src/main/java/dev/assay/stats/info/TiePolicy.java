package dev.assay.stats.info;

/**
 * How {@link FlipRate} treats ties.
 *
 * <pre>{@code
 * FlipRate.of(a, b, TiePolicy.EXCLUDE);
 * }</pre>
 */
public enum TiePolicy {
  /** Pairs where either side is a tie are left out; a flip is a changed winner. */
  EXCLUDE,
  /** A tie is a third outcome: a flip is any change of outcome (win to tie counts, tie to tie does not). */
  TIE_IS_OWN_OUTCOME,
  /** Any pair with a tie on either side counts as a flip (a tie is read as an unstable verdict). */
  TIE_COUNTS_AS_FLIP
}
