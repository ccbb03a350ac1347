package dev.assay.quality.drift;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.EmbedderInfo;
import java.util.List;
import java.util.Locale;

/** Test embedder: bag of lower-cased words hashed into 32 buckets, L2-normalised. */
final class TopicEmbedder implements Embedder {
  @Override
  public String name() {
    return "topic-test";
  }

  @Override
  public int dimension() {
    return 32;
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] out = new float[texts.size()][32];
    for (int i = 0; i < texts.size(); i++) {
      double n = 0;
      for (String w : texts.get(i).toLowerCase(Locale.ROOT).split("\\W+")) {
        if (!w.isEmpty()) {
          out[i][Math.floorMod(w.hashCode() * 31 + 7, 32)] += 1;
        }
      }
      for (float x : out[i]) {
        n += x * x;
      }
      for (int j = 0; j < 32 && n > 0; j++) {
        out[i][j] /= (float) Math.sqrt(n);
      }
    }
    return out;
  }

  @Override
  public EmbedderInfo info() {
    return new EmbedderInfo("topic-test", "test", "0", false, 32, 1 << 20, "sum", "none");
  }
}
