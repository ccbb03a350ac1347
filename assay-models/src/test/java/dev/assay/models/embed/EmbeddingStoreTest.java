package dev.assay.models.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link EmbeddingStore}: several connections and processes on one file, damaged files. */
class EmbeddingStoreTest {
  @TempDir Path dir;

  @Test
  void vectorsRoundTripBitForBit() {
    float[] v = {0.1f, -0.0f, Float.MIN_VALUE, 1e-30f, Float.intBitsToFloat(0x3f80_0001)};
    try (EmbeddingStore s = EmbeddingStore.open(dir.resolve("e.db"))) {
      s.putAll("m", Map.of(key("t"), v));
      float[] back = s.getAll("m", List.of(key("t").array())).get(key("t"));
      assertThat(CachingEmbedderTest.bits(back)).isEqualTo(CachingEmbedderTest.bits(v));
      assertThat(s.getAll("other-model", List.of(key("t").array()))).isEmpty();
    }
  }

  /** Two connections (as two processes would hold) write and read one file at the same time. */
  @Test
  void twoConnectionsWriteConcurrently() throws Exception {
    Path file = dir.resolve("e.db");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (EmbeddingStore a = EmbeddingStore.open(file); EmbeddingStore b = EmbeddingStore.open(file)) {
      List<Future<?>> jobs = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        EmbeddingStore s = w % 2 == 0 ? a : b;
        int from = w * 100;
        jobs.add(pool.submit(() -> {
          for (int i = from; i < from + 150; i += 10) { // overlapping ranges: the same keys from both connections
            Map<ByteBuffer, float[]> m = new LinkedHashMap<>();
            for (int j = i; j < i + 10; j++) {
              m.put(key("t" + j), CountingEmbedder.vectorOf("t" + j));
            }
            s.putAll("m", m);
            assertThat(s.getAll("m", List.of(key("t" + i).array()))).hasSize(1);
          }
          return null;
        }));
      }
      for (Future<?> f : jobs) {
        f.get(60, TimeUnit.SECONDS);
      }
      assertThat(a.size()).isEqualTo(450);
      assertThat(b.size()).isEqualTo(450);
      float[] v = b.getAll("m", List.of(key("t123").array())).get(key("t123"));
      assertThat(CachingEmbedderTest.bits(v)).isEqualTo(CachingEmbedderTest.bits(CountingEmbedder.vectorOf("t123")));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Two JVMs write the same file at once (the second `assay qa` of a CI matrix on one runner). */
  @Test
  void twoProcessesWriteConcurrently() throws Exception {
    Path file = dir.resolve("e.db");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    List<Process> ps = new ArrayList<>();
    for (String from : List.of("0", "150")) {
      ps.add(new ProcessBuilder(java, "-cp", cp, StoreWriterMain.class.getName(), file.toString(), from, "300")
          .redirectErrorStream(true).start());
    }
    for (Process p : ps) {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isZero();
    }
    try (EmbeddingStore s = EmbeddingStore.open(file)) {
      assertThat(s.size()).isEqualTo(450);
      assertThat(s.rebuilds()).isZero();
    }
  }

  @Test
  void aFileThatIsNotADatabaseIsMovedAsideAndRebuilt() throws IOException {
    Path file = dir.resolve("e.db");
    Files.writeString(file, "this is not a SQLite database, it is a text file that someone put here\n".repeat(100));
    try (EmbeddingStore s = EmbeddingStore.open(file)) {
      assertThat(s.getAll("m", List.of(key("t").array()))).isEmpty();
      s.putAll("m", Map.of(key("t"), new float[] {1f}));
      assertThat(s.size()).isEqualTo(1);
      assertThat(s.rebuilds()).isEqualTo(1);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("e.db.corrupt-"));
    }
  }

  @Test
  void aTruncatedFileIsMovedAsideAndRebuilt() throws IOException {
    Path file = dir.resolve("e.db");
    try (EmbeddingStore s = EmbeddingStore.open(file)) {
      Map<ByteBuffer, float[]> m = new LinkedHashMap<>();
      for (int i = 0; i < 2000; i++) {
        m.put(key("t" + i), new float[384]);
      }
      s.putAll("m", m);
    }
    long size = Files.size(file);
    assertThat(size).isGreaterThan(500_000);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(size / 3);
    }
    try (EmbeddingStore s = EmbeddingStore.open(file)) {
      List<byte[]> all = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        all.add(key("t" + i).array());
      }
      Map<ByteBuffer, float[]> got = s.getAll("m", all);
      // Either the damage shows at once (rebuilt, all misses) or only part of the file is read:
      // never an exception, and the file is usable afterwards.
      assertThat(s.rebuilds() == 1 || got.size() < 2000).isTrue();
      s.putAll("m", Map.of(key("fresh"), new float[] {2f}));
      assertThat(s.getAll("m", List.of(key("fresh").array()))).hasSize(1);
      assertThat(s.rebuilds()).isEqualTo(1);
    }
  }

  static ByteBuffer key(String text) {
    return ByteBuffer.wrap(CachingEmbedder.sha256(text));
  }

  /** Writes vectors of texts t{from}..t{from+n-1} in batches of 10 (run in a child JVM). */
  public static final class StoreWriterMain {
    public static void main(String[] args) {
      int from = Integer.parseInt(args[1]);
      int n = Integer.parseInt(args[2]);
      try (EmbeddingStore s = EmbeddingStore.open(Path.of(args[0]))) {
        for (int i = from; i < from + n; i += 10) {
          Map<ByteBuffer, float[]> m = new LinkedHashMap<>();
          for (int j = i; j < i + 10; j++) {
            m.put(key("t" + j), CountingEmbedder.vectorOf("t" + j));
          }
          s.putAll("m", m);
        }
      }
    }
  }
}
