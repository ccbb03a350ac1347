package dev.assay.models.embed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A deterministic fake model for cache tests: a text's vector comes from its bytes; every text it
 * is asked to embed is recorded; an optional latch holds the first call until released.
 */
class CountingEmbedder implements Embedder {
  final List<String> seen = Collections.synchronizedList(new ArrayList<>());
  private final String sha;
  private final CountDownLatch gate;
  volatile int calls;

  CountingEmbedder(String sha) {
    this(sha, null);
  }

  CountingEmbedder(String sha, CountDownLatch gate) {
    this.sha = sha;
    this.gate = gate;
  }

  @Override
  public String name() {
    return "counting";
  }

  @Override
  public int dimension() {
    return 4;
  }

  @Override
  public float[][] embed(List<String> texts) {
    calls++;
    if (gate != null) {
      try {
        gate.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    seen.addAll(texts);
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vectorOf(texts.get(i));
    }
    return out;
  }

  /** A unit vector made from the text's bytes, with bits no formula reproduces by accident. */
  static float[] vectorOf(String t) {
    byte[] b = t.getBytes(StandardCharsets.UTF_8);
    float[] v = new float[4];
    for (int i = 0; i < b.length; i++) {
      v[i % 4] += (b[i] & 0xff) * 0.001234567f + i * 1e-7f;
    }
    Pooling.normalize(v);
    return v;
  }

  @Override
  public EmbedderInfo info() {
    return new EmbedderInfo("fake/counting", "test", sha, false, 4, 16, "mean", "none");
  }
}
