package dev.assay.cli.pipeline;

import dev.assay.core.AssayInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * The one-run-at-a-time lock of a pipeline: an exclusive {@link FileLock} on {@code
 * .assay-run/lock}, held for the whole run and released by the operating system when the process
 * ends, even by kill -9. A second run on the same pipeline refuses at once, naming the lock and the
 * process that holds it.
 *
 * <pre>{@code
 * try (RunLock lock = RunLock.acquire(pipeline.stateDir().resolve("lock"))) {
 *   ... run the steps ...
 * }
 * }</pre>
 */
public final class RunLock implements AutoCloseable {
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Thrown when another run holds the lock. */
  public static final class HeldException extends AssayInputException {
    HeldException(String message) {
      super(message);
    }
  }

  /** Takes the lock at {@code file}; a {@link HeldException} naming it when another run holds it. */
  public static RunLock acquire(Path file) {
    FileChannel ch;
    try {
      Files.createDirectories(file.getParent());
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the run lock " + file + ": " + e.getMessage(), e);
    }
    FileLock l;
    try {
      l = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      l = null;
    } catch (IOException e) {
      close(ch);
      throw new UncheckedIOException("cannot lock " + file + ": " + e.getMessage(), e);
    }
    if (l == null) {
      String holder = holder(file);
      close(ch);
      throw new HeldException("another 'assay run' of this pipeline is running (it holds the lock " + file
          + (holder.isEmpty() ? "" : ", " + holder) + "); wait for it to finish, or stop it");
    }
    try {
      byte[] who = ("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8);
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(who), 0);
      ch.force(false);
    } catch (IOException e) {
      // Naming the holder is a courtesy; the lock is what matters.
    }
    return new RunLock(ch, l);
  }

  private static String holder(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "";
    }
  }

  private static void close(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // Nothing to release.
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel releases it too.
    }
    close(channel);
  }
}
