package dev.assay.bench.toxicity;

import dev.assay.models.embed.Embedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A local file of text-to-vector pairs so that each distinct text is embedded once across
 * training runs. Append-only binary records: UTF text, then the vector's floats. Not for commit:
 * keep it under {@code target/} or {@code /tmp}.
 *
 * <pre>{@code
 * var cache = new EmbeddingCache(Path.of("target/toxicity-embeddings.bin"), embedder.name());
 * float[][] v = cache.embed(embedder, texts);
 * }</pre>
 */
final class EmbeddingCache {
  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();

  EmbeddingCache(Path file, String model) {
    this.file = file.resolveSibling(file.getFileName() + "." + model);
    if (Files.exists(this.file)) {
      try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(this.file), 1 << 20))) {
        while (true) {
          String t;
          try {
            t = in.readUTF();
          } catch (EOFException e) {
            break;
          }
          float[] v = new float[in.readInt()];
          for (int i = 0; i < v.length; i++) {
            v[i] = in.readFloat();
          }
          vectors.put(t, v);
        }
      } catch (EOFException e) {
        // a truncated last record: keep what was read
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Vectors for {@code texts}, embedding (in batches, appending to the file) only the new ones. */
  float[][] embed(Embedder embedder, List<String> texts) {
    List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
    missing.removeIf(vectors::containsKey);
    int batch = 512;
    long t0 = System.nanoTime();
    for (int from = 0; from < missing.size(); from += batch) {
      List<String> part = missing.subList(from, Math.min(missing.size(), from + batch));
      float[][] v = embedder.embed(part);
      append(part, v);
      double s = (System.nanoTime() - t0) / 1e9;
      System.err.printf("embedded %d/%d (%.0f texts/s)%n", from + part.size(), missing.size(), (from + part.size()) / s);
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vectors.get(texts.get(i));
    }
    return out;
  }

  private void append(List<String> texts, float[][] v) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
        for (int i = 0; i < texts.size(); i++) {
          String t = texts.get(i);
          if (t.length() > 20000) {
            vectors.put(t, v[i]);
            continue;
          }
          out.writeUTF(t);
          out.writeInt(v[i].length);
          for (float x : v[i]) {
            out.writeFloat(x);
          }
          vectors.put(t, v[i]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
