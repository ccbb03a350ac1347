package dev.assay.bench;

import dev.assay.quality.dedup.LshParams;
import dev.assay.quality.dedup.MinHasher;
import dev.assay.quality.dedup.Shingler;
import dev.assay.quality.dedup.Sketcher;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of the MinHash hot loop on one thread: shingling alone, and shingling + 128
 * permutations + 9 band keys, per batch of 1,000 ~1 KB documents from {@link DedupCorpus}'s
 * generator (so ops/s × 1,000 = documents/s).
 *
 * <pre>{@code
 * ./mvnw -q -o -pl assay-bench -am package -DskipTests
 * java -cp 'assay-bench/target/classes:assay-bench/target/lib/*' org.openjdk.jmh.Main MinHashSketchJmh
 * }</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MinHashSketchJmh {
  @Param({"32", "64"})
  public int hashBits;

  private String[] texts;
  private Sketcher sketcher;
  private Shingler shingler;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(42);
    String[] vocab = DedupCorpus.vocabulary(20_000, rnd);
    texts = new String[1000];
    for (int i = 0; i < texts.length; i++) {
      StringBuilder sb = new StringBuilder();
      int words = 115 + rnd.nextInt(50);
      for (int w = 0; w < words; w++) {
        sb.append(w == 0 ? "" : " ").append(vocab[(int) Math.floor(Math.pow(vocab.length, rnd.nextDouble())) - 1]);
      }
      texts[i] = sb.toString();
    }
    shingler = new Shingler(true, 5, true);
    sketcher = new Sketcher(new Shingler(true, 5, true), new MinHasher(128, hashBits, 42), new LshParams(9, 13), false);
  }

  /** Word 5-gram hashing only. */
  @Benchmark
  public long shingle() {
    long n = 0;
    for (String t : texts) {
      n += shingler.shingle(t);
    }
    return n;
  }

  /** Shingles, 128 MinHash values and 9 band keys per document. */
  @Benchmark
  public Sketcher.Batch sketch() {
    return sketcher.sketch(texts, texts.length, 0);
  }
}
