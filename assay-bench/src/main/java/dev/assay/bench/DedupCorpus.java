package dev.assay.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a seeded JSON Lines corpus for deduplication throughput benchmarks: {@code n} records
 * {@code {"id": i, "text": "..."}} of about 1 KB of English-like text (words drawn from a
 * 20,000-word synthetic vocabulary with Zipf-like frequencies, sentences of 8-20 words, 115-164
 * words). 80% of records are fresh, 15% are near duplicates of an earlier record (1%, 2% or 5% of
 * their words substituted, inserted or deleted: {@link WordEdits}) and 5% exact copies of an
 * earlier record, so the dedup has real clusters to
 * build. Every run with the same seed writes the same bytes, so every peer reads the same corpus.
 *
 * <pre>{@code
 * java -cp assay-bench/target/classes dev.assay.bench.DedupCorpus /tmp/dedup-1m.jsonl 1000000 42
 * }</pre>
 */
public final class DedupCorpus {
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "pe", "da", "fi", "go", "ha", "ju", "be", "co",
    "an", "er", "in", "on", "us", "ar", "el", "or", "is", "at", "th", "st", "re", "qu"
  };

  private static final double[] EDIT_RATES = {0.01, 0.02, 0.05};

  private DedupCorpus() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    long t = System.nanoTime();
    write(out, n, seed);
    System.out.printf("%s: %d records, %d bytes, %.1f s%n", out, n, Files.size(out), (System.nanoTime() - t) / 1e9);
  }

  /** The synthetic vocabulary: distinct pseudo-words of 1-4 syllables. */
  static String[] vocabulary(int size, SplittableRandom rnd) {
    java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
    while (words.size() < size) {
      StringBuilder w = new StringBuilder();
      int syl = 1 + rnd.nextInt(4);
      for (int s = 0; s < syl; s++) {
        w.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
      }
      words.add(w.toString());
    }
    return words.toArray(String[]::new);
  }

  /** Writes the corpus. */
  public static void write(Path out, int n, long seed) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] vocab = vocabulary(20_000, rnd);
    // Zipf-like: index = floor(V^u) - 1 for uniform u gives frequencies falling like 1/rank.
    List<String[]> recent = new ArrayList<>();
    int window = 50_000;
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      StringBuilder sb = new StringBuilder(2048);
      for (int i = 0; i < n; i++) {
        String[] words;
        int kind = rnd.nextInt(100);
        if (kind < 15 && !recent.isEmpty()) {
          words = WordEdits.edit(recent.get(rnd.nextInt(recent.size())), EDIT_RATES[rnd.nextInt(3)], vocab, rnd);
        } else if (kind < 20 && !recent.isEmpty()) {
          words = recent.get(rnd.nextInt(recent.size()));
        } else {
          words = fresh(vocab, rnd, 115 + rnd.nextInt(50));
          if (recent.size() < window) {
            recent.add(words);
          } else {
            recent.set(rnd.nextInt(window), words);
          }
        }
        sb.setLength(0);
        sb.append("{\"id\":").append(i).append(",\"text\":\"");
        for (int w = 0; w < words.length; w++) {
          if (w > 0) {
            sb.append(' ');
          }
          sb.append(words[w]);
        }
        sb.append("\"}\n");
        o.write(sb.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static String[] fresh(String[] vocab, SplittableRandom rnd, int count) {
    String[] w = new String[count];
    int sentence = 0;
    for (int i = 0; i < count; i++) {
      String word = vocab[(int) Math.floor(Math.pow(vocab.length, rnd.nextDouble())) - 1];
      if (sentence == 0) {
        word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        sentence = 8 + rnd.nextInt(13);
      }
      if (--sentence == 0 || i == count - 1) {
        word = word + ".";
      }
      w[i] = word;
    }
    return w;
  }
}
