package dev.assay.quality.contamination;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.EmbedderInfo;
import java.util.List;

/**
 * A deterministic stand-in embedder for tests: bag of normalised words hashed into 64 buckets,
 * L2-normalised. Texts sharing most words have a high cosine; blank text is the zero vector.
 */
final class HashingEmbedder implements Embedder {
  static final int DIM = 64;
  int calls;

  @Override
  public String name() {
    return "hashing-test";
  }

  @Override
  public int dimension() {
    return DIM;
  }

  @Override
  public float[][] embed(List<String> texts) {
    calls++;
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < texts.size(); i++) {
      float[] v = new float[DIM];
      for (String w : TextNormalizer.tokens(texts.get(i))) {
        v[Math.floorMod(w.hashCode(), DIM)] += 1f;
      }
      double n = 0;
      for (float x : v) {
        n += x * x;
      }
      if (n > 0) {
        float inv = (float) (1 / Math.sqrt(n));
        for (int j = 0; j < DIM; j++) {
          v[j] *= inv;
        }
      }
      out[i] = v;
    }
    return out;
  }

  @Override
  public EmbedderInfo info() {
    return new EmbedderInfo("hashing-test", "test", "0", false, DIM, 1 << 20, "sum", "none");
  }
}
