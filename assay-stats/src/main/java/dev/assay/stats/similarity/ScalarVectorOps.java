package dev.assay.stats.similarity;

/**
 * Plain-Java {@link VectorOps}: loops unrolled by four with independent accumulators.
 *
 * <pre>{@code
 * float d = ScalarVectorOps.INSTANCE.dot(a, b);
 * }</pre>
 */
public final class ScalarVectorOps implements VectorOps {
  /** The single instance. */
  public static final ScalarVectorOps INSTANCE = new ScalarVectorOps();

  private ScalarVectorOps() {}

  @Override
  public float dot(float[] a, float[] b) {
    VectorOps.checkSameLength(a, b);
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    int n = a.length - (a.length & 3);
    for (; i < n; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < a.length; i++) {
      s0 += a[i] * b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  @Override
  public float cosine(float[] a, float[] b) {
    VectorOps.checkSameLength(a, b);
    float ab0 = 0;
    float ab1 = 0;
    float aa0 = 0;
    float aa1 = 0;
    float bb0 = 0;
    float bb1 = 0;
    int i = 0;
    int n = a.length - (a.length & 1);
    for (; i < n; i += 2) {
      float x0 = a[i];
      float y0 = b[i];
      float x1 = a[i + 1];
      float y1 = b[i + 1];
      ab0 += x0 * y0;
      ab1 += x1 * y1;
      aa0 += x0 * x0;
      aa1 += x1 * x1;
      bb0 += y0 * y0;
      bb1 += y1 * y1;
    }
    for (; i < a.length; i++) {
      ab0 += a[i] * b[i];
      aa0 += a[i] * a[i];
      bb0 += b[i] * b[i];
    }
    double denom = Math.sqrt((double) (aa0 + aa1) * (double) (bb0 + bb1));
    return denom == 0 ? 0f : (float) ((ab0 + ab1) / denom);
  }

  @Override
  public float squaredEuclidean(float[] a, float[] b) {
    VectorOps.checkSameLength(a, b);
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    int n = a.length - (a.length & 3);
    for (; i < n; i += 4) {
      float d0 = a[i] - b[i];
      float d1 = a[i + 1] - b[i + 1];
      float d2 = a[i + 2] - b[i + 2];
      float d3 = a[i + 3] - b[i + 3];
      s0 += d0 * d0;
      s1 += d1 * d1;
      s2 += d2 * d2;
      s3 += d3 * d3;
    }
    for (; i < a.length; i++) {
      float d = a[i] - b[i];
      s0 += d * d;
    }
    return (s0 + s1) + (s2 + s3);
  }
}
