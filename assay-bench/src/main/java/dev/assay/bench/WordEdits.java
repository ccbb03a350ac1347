package dev.assay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded word-level edits for near-duplicate benchmarks: each word is, with probability
 * {@code rate}, substituted by a vocabulary word, deleted, or followed by an inserted vocabulary
 * word (one third each).
 *
 * <pre>{@code
 * String[] near = WordEdits.edit(words, 0.05, vocabulary, new SplittableRandom(7));
 * }</pre>
 */
public final class WordEdits {
  private WordEdits() {}

  /** A copy of {@code words} with about {@code rate × length} edits. */
  public static String[] edit(String[] words, double rate, String[] vocab, SplittableRandom rnd) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("edit rate: expected a value in [0, 1], found " + rate);
    }
    List<String> out = new ArrayList<>(words.length + 8);
    for (String w : words) {
      if (rnd.nextDouble() >= rate) {
        out.add(w);
        continue;
      }
      switch (rnd.nextInt(3)) {
        case 0 -> out.add(vocab[rnd.nextInt(vocab.length)]);
        case 1 -> { }
        default -> {
          out.add(w);
          out.add(vocab[rnd.nextInt(vocab.length)]);
        }
      }
    }
    if (out.isEmpty()) {
      out.add(vocab[rnd.nextInt(vocab.length)]);
    }
    return out.toArray(String[]::new);
  }
}
