package dev.assay.cli.pipeline;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline's lock file ({@code pipeline.lock} beside {@code pipeline.yaml}, JSON): for each step
 * that finished, the {@link LockEntry} of what its outputs were made from. Every update rewrites the
 * whole file through a temporary file and an atomic rename, so a run killed at any moment leaves
 * either the previous or the next version, never half of one. Commit it with the pipeline to share
 * what was run.
 *
 * <pre>{@code
 * LockFile lock = LockFile.read(pipeline.lockFile());
 * lock.put("qa", entry);   // written at once
 * }</pre>
 */
public final class LockFile {
  /** The lock file's format version. */
  public static final int VERSION = 1;

  static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final Path file;
  private final Map<String, LockEntry> steps;

  /** The file as stored. */
  record Stored(@JsonProperty("version") int version, @JsonProperty("steps") Map<String, LockEntry> steps) {}

  private LockFile(Path file, Map<String, LockEntry> steps) {
    this.file = file;
    this.steps = steps;
  }

  /** Reads {@code file}; an absent file is an empty lock. */
  public static LockFile read(Path file) {
    if (!Files.exists(file)) {
      return new LockFile(file, new TreeMap<>());
    }
    Stored s;
    try {
      s = JSON.readValue(file.toFile(), Stored.class);
    } catch (RuntimeException e) {
      throw new AssayInputException(file + ": not a readable lock file (" + e.getMessage().split("\n")[0]
          + "); delete it to run every step again");
    }
    if (s.version() != VERSION) {
      throw new AssayInputException(file + ": lock file version " + s.version() + ", this Assay reads version " + VERSION
          + "; delete it to run every step again");
    }
    return new LockFile(file, new TreeMap<>(s.steps() == null ? Map.of() : s.steps()));
  }

  /** Where the lock file is. */
  public Path file() {
    return file;
  }

  /** The entry of {@code step}, if it finished once. */
  public synchronized Optional<LockEntry> entry(String step) {
    return Optional.ofNullable(steps.get(step));
  }

  /** Records {@code entry} for {@code step} and rewrites the file atomically. */
  public synchronized void put(String step, LockEntry entry) {
    steps.put(step, entry);
    writeAtomically(file, JSON.writeValueAsBytes(new Stored(VERSION, new TreeMap<>(steps))));
  }

  /** Every entry, by step. */
  public synchronized Map<String, LockEntry> entries() {
    return Map.copyOf(steps);
  }

  /** Writes {@code bytes} to {@code target} through a synced temporary file and an atomic rename. */
  static void writeAtomically(Path target, byte[] bytes) {
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
        + Thread.currentThread().threadId() + ".tmp");
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE)) {
        ch.write(java.nio.ByteBuffer.wrap(bytes));
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
