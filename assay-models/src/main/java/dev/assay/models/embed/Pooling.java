package dev.assay.models.embed;

import java.nio.FloatBuffer;
import java.util.Locale;

/**
 * How the token vectors of one sequence (the model's {@code [batch, tokens, dim]} output) become
 * one sentence vector, and how the vectors of a long text's chunks combine. Padding tokens are
 * never read: a sequence's real tokens are its first {@code length} rows (right padding).
 *
 * <ul>
 *   <li>{@link #MEAN}: the sum of the token vectors (mean up to the final L2 normalisation);
 *       across chunks the sums add up, so a chunked text gets the token-weighted mean of its chunk
 *       means (sentence-transformers' mean pooling, applied per chunk);
 *   <li>{@link #CLS}: the first token's vector; across chunks weighted by chunk length;
 *   <li>{@link #MAX}: the element-wise maximum; across chunks the maximum again.
 * </ul>
 *
 * <pre>{@code
 * float[] acc = new float[dim];
 * Pooling.MEAN.accumulate(out, seqOffset, length, dim, acc, true);
 * }</pre>
 */
public enum Pooling {
  MEAN,
  CLS,
  MAX;

  /** Parses {@code mean}, {@code cls} or {@code max} (any case). */
  public static Pooling parse(String s) {
    try {
      return valueOf(s.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("pooling: expected mean, cls or max, found '" + s + "'", e);
    }
  }

  /**
   * Adds one sequence's pooled vector into {@code acc}.
   *
   * @param out the model output, row-major {@code [batch, paddedLength, dim]}
   * @param offset index in {@code out} of the sequence's first token vector
   * @param length the sequence's real tokens (special tokens included)
   * @param first true if {@code acc} holds nothing yet (for {@link #MAX})
   */
  public void accumulate(FloatBuffer out, int offset, int length, int dim, float[] acc, boolean first) {
    switch (this) {
      case MEAN -> {
        for (int t = 0; t < length; t++) {
          int base = offset + t * dim;
          for (int d = 0; d < dim; d++) {
            acc[d] += out.get(base + d);
          }
        }
      }
      case CLS -> {
        for (int d = 0; d < dim; d++) {
          acc[d] += out.get(offset + d) * length;
        }
      }
      case MAX -> {
        for (int t = 0; t < length; t++) {
          int base = offset + t * dim;
          for (int d = 0; d < dim; d++) {
            float x = out.get(base + d);
            if ((first && t == 0) || x > acc[d]) {
              acc[d] = x;
            }
          }
        }
      }
    }
  }

  /** Scales {@code v} to unit L2 norm in place; a zero vector stays zero. */
  public static float[] normalize(float[] v) {
    double s = 0;
    for (float x : v) {
      s += (double) x * x;
    }
    if (s > 0) {
      float inv = (float) (1.0 / Math.sqrt(s));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
    return v;
  }
}
