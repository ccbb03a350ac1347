package dev.assay.bench.toxicity;

import dev.assay.models.toxicity.embedded.ToxicityDataLoader;
import dev.assay.models.toxicity.embedded.ToxicityExample;
import dev.assay.models.embed.EmbeddingFileCache;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Exports the training examples and their cached embeddings (written by {@code assay train
 * toxicity}) for the Python transfer experiments in {@code assay-bench/peers/toxicity/}: {@code
 * X.f32} (little-endian float32, one 384-d row per example) and {@code meta.tsv} (source, toxicity,
 * identity_attack, group, text). Both go to a scratch folder outside the project.
 *
 * <pre>{@code
 * java -cp 'assay-bench/target/classes:assay-bench/target/lib/*' dev.assay.bench.toxicity.ExportToxicityEmbeddings \
 *     ../shared/data/toxicity target/toxicity-train/embeddings.bin.minilm-q /tmp/toxexp
 * }</pre>
 */
public final class ExportToxicityEmbeddings {
  private ExportToxicityEmbeddings() {}

  public static void main(String[] args) throws Exception {
    List<ToxicityExample> data = ToxicityDataLoader.loadAll(Path.of(args[0]));
    EmbeddingFileCache cache = EmbeddingFileCache.readFile(Path.of(args[1]));
    Path out = Files.createDirectories(Path.of(args[2]));
    float[] first = cache.cached(data.get(0).text());
    if (first == null) {
      throw new IllegalStateException("not in the cache (run assay train toxicity first): " + data.get(0).text());
    }
    int dim = first.length;
    ByteBuffer bb = ByteBuffer.allocate(data.size() * dim * 4).order(ByteOrder.LITTLE_ENDIAN);
    StringBuilder meta = new StringBuilder();
    for (ToxicityExample e : data) {
      float[] v = cache.cached(e.text());
      if (v == null) {
        throw new IllegalStateException("not in the cache (run assay train toxicity first): " + e.text());
      }
      for (float f : v) {
        bb.putFloat(f);
      }
      meta.append(e.source()).append('\t').append(e.toxicity()).append('\t').append(e.identityAttack()).append('\t')
          .append(e.group()).append('\t').append(e.text().replace('\t', ' ')).append('\n');
    }
    Files.write(out.resolve("X.f32"), bb.array());
    Files.writeString(out.resolve("meta.tsv"), meta);
    System.out.println(data.size() + " examples -> " + out);
  }
}
