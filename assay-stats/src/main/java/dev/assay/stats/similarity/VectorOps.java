package dev.assay.stats.similarity;

/**
 * Similarity and distance of {@code float[]} vectors (embeddings). A small facade in the style of
 * jvector's {@code VectorUtil}: callers use {@link #get()} and never depend on the
 * implementation.
 *
 * <p>Only a scalar implementation ships ({@link ScalarVectorOps}, four independent accumulators so
 * the JIT can pipeline and auto-vectorise): a Panama ({@code jdk.incubator.vector}) version would
 * need {@code --add-modules jdk.incubator.vector} on every compile, test and launch path of every
 * module that reaches this class, which this build does not do yet.
 *
 * <pre>{@code
 * VectorOps ops = VectorOps.get();
 * float sim = ops.cosine(a, b);
 * }</pre>
 */
public interface VectorOps {
  /** The implementation to use. */
  static VectorOps get() {
    return ScalarVectorOps.INSTANCE;
  }

  /** Dot product. */
  float dot(float[] a, float[] b);

  /** Cosine similarity; 0 when either vector is all zeros. */
  float cosine(float[] a, float[] b);

  /** Squared Euclidean distance. */
  float squaredEuclidean(float[] a, float[] b);

  /** Euclidean distance. */
  default float euclidean(float[] a, float[] b) {
    return (float) Math.sqrt(squaredEuclidean(a, b));
  }

  /** Checks that both vectors exist and have the same length. */
  static void checkSameLength(float[] a, float[] b) {
    if (a == null || b == null) {
      throw new IllegalArgumentException("vectors: expected two arrays, found null");
    }
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors: expected equal lengths, found " + a.length + " and " + b.length);
    }
  }
}
