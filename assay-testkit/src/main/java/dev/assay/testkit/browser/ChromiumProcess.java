package dev.assay.testkit.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless chromium process with a fresh profile in a temporary directory, its DevTools port
 * read from {@code DevToolsActivePort}; {@link #close} kills it with all its children and deletes
 * the directory.
 *
 * <pre>{@code
 * try (ChromiumProcess p = ChromiumProcess.start(Path.of("/usr/bin/chromium"), Duration.ofSeconds(20))) {
 *   int port = p.port();
 * }
 * }</pre>
 */
final class ChromiumProcess implements AutoCloseable {
  private final Process process;
  private final Path root;
  private final int port;

  private ChromiumProcess(Process process, Path root, int port) {
    this.process = process;
    this.root = root;
    this.port = port;
  }

  static ChromiumProcess start(Path binary, Duration timeout) throws IOException {
    Path root = Files.createTempDirectory("assay-chromium-");
    Path profile = Files.createDirectory(root.resolve("profile"));
    List<String> command = new ArrayList<>(List.of(binary.toString(),
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
        "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(root.resolve("chromium.log").toFile()).start();
    ChromiumProcess started = null;
    try {
      started = new ChromiumProcess(process, root, awaitPort(process, profile.resolve("DevToolsActivePort"), root, timeout));
      return started;
    } finally {
      if (started == null) {
        kill(process);
        delete(root);
      }
    }
  }

  int port() {
    return port;
  }

  /** The browser's own output so far (for failure messages). */
  String log() {
    try {
      String s = Files.readString(root.resolve("chromium.log"));
      return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  Path directory() {
    return root;
  }

  @Override
  public void close() {
    kill(process);
    delete(root);
  }

  private static int awaitPort(Process process, Path portFile, Path root, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (Files.exists(portFile)) {
        List<String> lines = Files.readAllLines(portFile);
        if (!lines.isEmpty() && !lines.getFirst().isBlank()) {
          return Integer.parseInt(lines.getFirst().trim());
        }
      }
      if (!process.isAlive()) {
        throw new IOException("chromium exited with code " + process.exitValue() + " before opening DevTools: "
            + Files.readString(root.resolve("chromium.log")));
      }
      sleep(50);
    }
    throw new IOException("chromium did not open DevTools within " + timeout.toSeconds() + " s");
  }

  private static void kill(Process process) {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    try {
      process.waitFor(3, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    try {
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void delete(Path root) {
    // chromium's helpers may still be writing for a moment after they die
    for (int attempt = 0; attempt < 5 && Files.exists(root); attempt++) {
      try (Stream<Path> walk = Files.walk(root)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // try again
      }
      if (Files.exists(root)) {
        sleep(100);
      }
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
