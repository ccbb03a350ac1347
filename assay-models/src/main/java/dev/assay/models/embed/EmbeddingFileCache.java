package dev.assay.models.embed;

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
 * A local file of text-to-vector pairs, so that each distinct text is embedded once across
 * training runs. Append-only binary records (modified-UTF-8 text, vector length, floats); a
 * truncated last record (an interrupted run) is ignored. One file per embedder: the embedder spec
 * is part of the file name. Not for commit: keep it under {@code target/} or {@code /tmp}.
 *
 * <pre>{@code
 * var cache = new EmbeddingFileCache(Path.of("target/toxicity-cache/embeddings.bin"), "minilm-q");
 * float[][] v = cache.embed(embedder, texts, (done, total) -> {});
 * }</pre>
 */
public final class EmbeddingFileCache {
  /** Texts embedded per call to the embedder (and per progress report). */
  static final int BATCH = 512;
  private static final int MAX_UTF = 20_000;

  /** Called after each batch with texts embedded so far and texts to embed in all. */
  @FunctionalInterface
  public interface Progress {
    void embedded(int done, int total);
  }

  private final Path file;
  private final Map<String, float[]> vectors = new HashMap<>();

  /** Opens (and reads, if it exists) {@code <file>.<embedderSpec>}. */
  public EmbeddingFileCache(Path file, String embedderSpec) {
    this(file.resolveSibling(file.getFileName() + "." + embedderSpec.replaceAll("[^A-Za-z0-9._-]", "_")));
  }

  private EmbeddingFileCache(Path exactFile) {
    this.file = exactFile;
    if (Files.exists(this.file)) {
      read();
    }
  }

  /** Reads an existing cache file by its full name (e.g. {@code embeddings.bin.minilm-q}). */
  public static EmbeddingFileCache readFile(Path exactFile) {
    if (!Files.isRegularFile(exactFile)) {
      throw new IllegalArgumentException(exactFile + ": no such embedding cache");
    }
    return new EmbeddingFileCache(exactFile);
  }

  /** The cached vector of {@code text}, or null when it was never embedded. */
  public float[] cached(String text) {
    return vectors.get(text);
  }

  /** The file the vectors live in. */
  public Path file() {
    return file;
  }

  /** Vectors for {@code texts} in order, embedding (and appending to the file) only new ones. */
  public float[][] embed(Embedder embedder, List<String> texts, Progress progress) {
    List<String> missing = new ArrayList<>(new LinkedHashSet<>(texts));
    missing.removeIf(vectors::containsKey);
    for (int from = 0; from < missing.size(); from += BATCH) {
      List<String> part = missing.subList(from, Math.min(missing.size(), from + BATCH));
      append(part, embedder.embed(part));
      progress.embedded(from + part.size(), missing.size());
    }
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = vectors.get(texts.get(i));
    }
    return out;
  }

  /** Number of distinct texts whose vectors the cache holds (read from the file or embedded since). */
  public int size() {
    return vectors.size();
  }

  private void read() {
    try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
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
      throw new UncheckedIOException(file + ": cannot read the embedding cache: " + e.getMessage(), e);
    }
  }

  private void append(List<String> texts, float[][] v) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
        for (int i = 0; i < texts.size(); i++) {
          String t = texts.get(i);
          vectors.put(t, v[i]);
          if (t.length() > MAX_UTF) {
            continue; // writeUTF holds at most 65,535 bytes: long texts stay in memory only
          }
          out.writeUTF(t);
          out.writeInt(v[i].length);
          for (float x : v[i]) {
            out.writeFloat(x);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": cannot write the embedding cache: " + e.getMessage(), e);
    }
  }
}
