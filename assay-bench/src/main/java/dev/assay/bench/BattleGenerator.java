package dev.assay.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a seeded synthetic Chatbot-Arena battle log (JSON Lines) for benchmarks: {@code models}
 * models with Bradley-Terry strengths drawn from a normal distribution (sd 200 rating points),
 * uniformly random pairs and sides, 10% ties, otherwise the winner drawn from the Bradley-Terry
 * probability. The same file feeds Assay and FastChat.
 *
 * <pre>{@code
 * java -cp assay-bench/target/classes dev.assay.bench.BattleGenerator /tmp/battles.jsonl 100 1000000 42
 * }</pre>
 */
public final class BattleGenerator {
  private BattleGenerator() {}

  /** Arguments: output path, number of models, number of battles, seed. */
  public static void main(String[] args) throws IOException {
    if (args.length != 4) {
      System.err.println("usage: BattleGenerator <out.jsonl> <models> <battles> <seed>");
      System.exit(2);
    }
    write(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]));
  }

  /** Writes the battle log. */
  public static void write(Path out, int models, long battles, long seed) throws IOException {
    if (models < 2) {
      throw new IllegalArgumentException("models: expected >= 2, found " + models);
    }
    if (battles < 1) {
      throw new IllegalArgumentException("battles: expected >= 1, found " + battles);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    double[] strength = new double[models];
    String[] names = new String[models];
    for (int i = 0; i < models; i++) {
      strength[i] = rng.nextGaussian() * 200.0 / 400.0; // natural units of log10 odds
      names[i] = String.format("model_%03d", i);
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long k = 0; k < battles; k++) {
        int a = rng.nextInt(models);
        int b = rng.nextInt(models - 1);
        if (b >= a) {
          b++;
        }
        String winner;
        if (rng.nextDouble() < 0.1) {
          winner = "tie";
        } else {
          double pa = 1.0 / (1.0 + Math.pow(10.0, strength[b] - strength[a]));
          winner = rng.nextDouble() < pa ? "model_a" : "model_b";
        }
        w.write("{\"model_a\": \"" + names[a] + "\", \"model_b\": \"" + names[b] + "\", \"winner\": \"" + winner + "\"}\n");
      }
    }
  }
}
