package dev.assay.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic Alpaca-style JSON Lines corpus of a given size for throughput benchmarks:
 * seeded, so every run and every peer reads the same bytes. Records are about 1 KB of words from a
 * small vocabulary, with escapes and non-ASCII characters mixed in, and a set share of invalid
 * records (a missing {@code output} or a wrong type) so the quarantine path is exercised too.
 *
 * <pre>{@code
 * java -cp 'assay-bench/target/classes:assay-bench/target/lib/*' dev.assay.bench.JsonlCorpus /tmp/1g.jsonl 1024 42
 * }</pre>
 */
public final class JsonlCorpus {
  private static final String[] WORDS = {
    "model", "data", "quality", "answer", "prompt", "judge", "score", "the", "a", "of", "and",
    "to", "in", "is", "for", "with", "résumé", "naïve", "東京", "ß", "line\\nbreak", "\\\"quoted\\\"",
    "tab\\t", "evaluation", "reward", "preference", "sample", "token", "context", "window"
  };

  private JsonlCorpus() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    long megabytes = Long.parseLong(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    long records = write(out, megabytes << 20, seed);
    System.out.printf("%s: %d records, %d bytes%n", out, records, Files.size(out));
  }

  /** Writes records until {@code bytes} are reached; returns the number of records. */
  public static long write(Path out, long bytes, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    long written = 0;
    long n = 0;
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      StringBuilder sb = new StringBuilder(2048);
      while (written < bytes) {
        sb.setLength(0);
        sb.append("{\"id\":").append(n).append(",\"instruction\":\"");
        words(sb, rnd, 10 + rnd.nextInt(30));
        sb.append("\",\"input\":\"");
        words(sb, rnd, rnd.nextInt(20));
        int kind = rnd.nextInt(1000);
        if (kind == 0) {
          sb.append("\"}"); // missing output: invalid
        } else if (kind == 1) {
          sb.append("\",\"output\":").append(rnd.nextInt(100)).append('}'); // wrong type
        } else {
          sb.append("\",\"output\":\"");
          words(sb, rnd, 80 + rnd.nextInt(120));
          sb.append("\"}");
        }
        sb.append('\n');
        byte[] line = sb.toString().getBytes(StandardCharsets.UTF_8);
        o.write(line);
        written += line.length;
        n++;
      }
    }
    return n;
  }

  private static void words(StringBuilder sb, SplittableRandom rnd, int count) {
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[rnd.nextInt(WORDS.length)]);
    }
  }
}
