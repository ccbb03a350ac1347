package dev.assay.quality.semantic;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Spherical k-means on unit {@code float[]} vectors (cosine assignment, centroids re-normalised),
 * the bucketing step of SemDeDup. Tight on purpose: assay-stats' {@code KMeans} goes through
 * commons-math {@code double[]} points and boxes every distance, which is too slow for a million
 * 384-dimensional embeddings; here centroids are trained with k-means++ and Lloyd iterations on a
 * seeded sample of at most {@code 256 * k} vectors, then every vector is assigned in parallel.
 *
 * <pre>{@code
 * int[] bucket = SphericalKMeans.fit(vectors, 16, 10, 42L);
 * }</pre>
 */
final class SphericalKMeans {
  private static final int SAMPLE_PER_CLUSTER = 256;

  private SphericalKMeans() {}

  /** Bucket (0..k-1) of every vector; {@code k} is capped at the number of vectors. */
  static int[] fit(List<float[]> vectors, int k, int iterations, long seed) {
    int n = vectors.size();
    if (n == 0) {
      return new int[0];
    }
    k = Math.max(1, Math.min(k, n));
    if (k == 1) {
      return new int[n];
    }
    SplittableRandom rng = new SplittableRandom(seed);
    float[][] sample = sample(vectors, Math.min(n, SAMPLE_PER_CLUSTER * k), rng);
    float[][] centroids = seed(sample, k, rng);
    int[] labels = new int[sample.length];
    for (int it = 0; it < iterations; it++) {
      float[][] c = centroids;
      IntStream.range(0, sample.length).parallel().forEach(i -> labels[i] = nearest(sample[i], c));
      centroids = recompute(sample, labels, centroids);
    }
    float[][] c = centroids;
    int[] out = new int[n];
    IntStream.range(0, n).parallel().forEach(i -> out[i] = nearest(vectors.get(i), c));
    return out;
  }

  private static float[][] sample(List<float[]> vectors, int m, SplittableRandom rng) {
    int n = vectors.size();
    if (m == n) {
      return vectors.toArray(float[][]::new);
    }
    int[] idx = IntStream.range(0, n).toArray();
    for (int i = 0; i < m; i++) { // partial Fisher-Yates
      int j = i + rng.nextInt(n - i);
      int t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    float[][] out = new float[m][];
    for (int i = 0; i < m; i++) {
      out[i] = vectors.get(idx[i]);
    }
    return out;
  }

  /** k-means++: each next centre drawn with probability proportional to its distance to the nearest. */
  private static float[][] seed(float[][] pts, int k, SplittableRandom rng) {
    float[][] c = new float[k][];
    c[0] = pts[rng.nextInt(pts.length)].clone();
    double[] d = new double[pts.length];
    for (int i = 0; i < pts.length; i++) {
      d[i] = distance(pts[i], c[0]);
    }
    for (int j = 1; j < k; j++) {
      double total = 0;
      for (double x : d) {
        total += x;
      }
      int pick = rng.nextInt(pts.length);
      if (total > 0) {
        double r = rng.nextDouble() * total;
        for (int i = 0; i < pts.length; i++) {
          r -= d[i];
          if (r <= 0) {
            pick = i;
            break;
          }
        }
      }
      c[j] = pts[pick].clone();
      for (int i = 0; i < pts.length; i++) {
        d[i] = Math.min(d[i], distance(pts[i], c[j]));
      }
    }
    return c;
  }

  private static float[][] recompute(float[][] pts, int[] labels, float[][] old) {
    int k = old.length;
    int dim = old[0].length;
    float[][] sum = new float[k][dim];
    int[] count = new int[k];
    for (int i = 0; i < pts.length; i++) {
      float[] s = sum[labels[i]];
      float[] p = pts[i];
      for (int d = 0; d < dim; d++) {
        s[d] += p[d];
      }
      count[labels[i]]++;
    }
    for (int j = 0; j < k; j++) {
      if (count[j] == 0) {
        sum[j] = old[j]; // keep an empty cluster's centre
      } else {
        normalize(sum[j]);
      }
    }
    return sum;
  }

  static int nearest(float[] v, float[][] centroids) {
    int best = 0;
    float bestDot = Float.NEGATIVE_INFINITY;
    for (int j = 0; j < centroids.length; j++) {
      float s = dot(v, centroids[j]);
      if (s > bestDot) {
        bestDot = s;
        best = j;
      }
    }
    return best;
  }

  /** 1 - cosine for unit vectors, clamped at 0 (a squared-distance proxy for k-means++). */
  private static double distance(float[] a, float[] b) {
    return Math.max(0, 1.0 - dot(a, b));
  }

  static float dot(float[] a, float[] b) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < a.length; i += 4) {
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

  private static void normalize(float[] v) {
    double s = 0;
    for (float x : v) {
      s += (double) x * x;
    }
    if (s > 0) {
      float inv = (float) (1 / Math.sqrt(s));
      for (int i = 0; i < v.length; i++) {
        v[i] *= inv;
      }
    }
  }
}
