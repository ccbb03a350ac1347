package dev.assay.cli.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.assay.core.manifest.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import tools.jackson.core.type.TypeReference;

/**
 * SHA-256 of the files a step reads or writes, keyed by their path relative to the pipeline's
 * folder; a folder stands for every regular file below it. A file whose size and modification time
 * (nanoseconds) are those of the last time it was hashed is not read again: the hashes are kept in
 * {@code .assay-run/hashes.json}, which is only a cache (delete it and every file is read again).
 *
 * <pre>{@code
 * ContentHasher h = ContentHasher.open(pipeline.dir(), pipeline.stateDir().resolve("hashes.json"));
 * h.hash(Path.of("/p/qa"));   // {qa/kept.jsonl=3f2a..., qa/manifest.json=...}
 * h.save();
 * }</pre>
 */
public final class ContentHasher {
  private final Path root;
  private final Path store;
  private final Map<String, Known> known;
  private final java.util.List<Path> excluded;

  /** A file as last hashed. */
  record Known(@JsonProperty("size") long size, @JsonProperty("mtime_ns") long mtimeNs, @JsonProperty("sha256") String sha256) {}

  private ContentHasher(Path root, Path store, Map<String, Known> known, java.util.List<Path> excluded) {
    this.root = root;
    this.store = store;
    this.known = known;
    this.excluded = excluded;
  }

  /**
   * Opens the hash cache at {@code store} (absent or unreadable: empty) for files under {@code root};
   * files at or below {@code excluded} (the runner's own state, the lock file) are never hashed as
   * part of a folder.
   */
  public static ContentHasher open(Path root, Path store, Path... excluded) {
    Map<String, Known> known = new ConcurrentHashMap<>();
    if (Files.isRegularFile(store)) {
      try {
        known.putAll(LockFile.JSON.readValue(store.toFile(), new TypeReference<Map<String, Known>>() {}));
      } catch (RuntimeException e) {
        // Only a cache: start again.
      }
    }
    return new ContentHasher(root, store, known, java.util.List.of(excluded));
  }

  /** The hashes of the file {@code path}, or of every regular file below the folder {@code path}; empty if it does not exist. */
  public SortedMap<String, String> hash(Path path) {
    SortedMap<String, String> out = new TreeMap<>();
    if (Files.isRegularFile(path)) {
      out.put(key(path), file(path));
    } else if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        s.filter(Files::isRegularFile).filter(f -> excluded.stream().noneMatch(f::startsWith))
            .forEach(f -> out.put(key(f), file(f)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
      } catch (UncheckedIOException e) {
        // A file vanished while listing: hash what is there.
        if (!(e.getCause() instanceof java.nio.file.NoSuchFileException)) {
          throw e;
        }
      }
    }
    return out;
  }

  /** The hash of one regular file, read only when its size or modification time changed. */
  String file(Path f) {
    String k = f.toAbsolutePath().normalize().toString();
    try {
      BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      long size = a.size();
      long mtime = a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
      Known was = known.get(k);
      if (was != null && was.size() == size && was.mtimeNs() == mtime) {
        return was.sha256();
      }
      String sha = Sha256.of(f);
      known.put(k, new Known(size, mtime, sha));
      return sha;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + f + ": " + e.getMessage(), e);
    }
  }

  /** {@code path} relative to the pipeline's folder, with {@code /}; absolute when outside it. */
  public String key(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  /** Writes the cache (atomically) for the next run. */
  public void save() {
    LockFile.writeAtomically(store, LockFile.JSON.writeValueAsBytes(new TreeMap<>(known)));
  }
}
