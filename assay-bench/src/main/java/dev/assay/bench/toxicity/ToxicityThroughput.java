package dev.assay.bench.toxicity;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.EmbedderOptions;
import dev.assay.models.embed.MiniLm;
import dev.assay.models.embed.TextTokenizer;
import dev.assay.models.toxicity.embedded.EmbeddedToxicityModel;
import dev.assay.models.toxicity.embedded.EmbeddedToxicityScorer;
import dev.assay.models.toxicity.embedded.ToxicityDataLoader;
import dev.assay.models.toxicity.embedded.ToxicityExample;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where the embedded toxicity scorer's time goes, on one machine at one time: tokenisation alone,
 * the bare int8 MiniLM pass (the limit) with several batch and thread settings, and the scorer,
 * each fed batches of 256 texts as {@code assay toxicity score} feeds it. The configurations run
 * interleaved for several rounds (so a change in machine load hits all of them alike) and the
 * median texts/s is reported with process CPU time per wall second (cores kept busy) and texts per
 * CPU-second (the figure least sensitive to other jobs on a shared machine).
 *
 * <pre>{@code
 * java -cp 'assay-bench/target/classes:assay-bench/target/lib/*' dev.assay.bench.toxicity.ToxicityThroughput \
 *     ../shared/data/toxicity 2000 5 ["batch 16,batch 32"]
 * }</pre>
 *
 * <p>Texts: the first N OLID training tweets (normalised as the scorer normalises them), or, when
 * the first argument is a {@code .jsonl} file, the {@code text} field of its first N records (to
 * compare with {@code assay toxicity score --field text} on the same file).
 */
public final class ToxicityThroughput {
  private ToxicityThroughput() {}

  private record Config(String name, AutoCloseable resource, Consumer<List<String>> run) {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/toxicity");
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    List<String> texts = data.toString().endsWith(".jsonl") ? jsonl(data, n)
        : ToxicityDataLoader.olid(data.resolve(ToxicityDataLoader.OLID_FILE)).stream().map(ToxicityExample::text).limit(n).toList();
    String only = args.length > 3 ? args[3] : "";
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf("texts: %d from %s (mean %.0f chars); cores: %d; load average %.2f%n", texts.size(), data,
        texts.stream().mapToInt(String::length).average().orElse(0),
        Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());

    List<Config> configs = new ArrayList<>();
    TextTokenizer tok = TextTokenizer.of(MiniLm.tokenizerJson(true), MiniLm.MAX_TOKENS, "minilm-q tokenizer");
    configs.add(new Config("tokenise only, 1 thread", tok, b -> b.forEach(tok::chunks)));
    for (int[] c : new int[][] {{32, 0}, {16, 0}, {8, 0}, {4, 0}, {1, 0}, {64, 0}, {32, 1}}) {
      Embedder e = MiniLm.open(true, new EmbedderOptions(c[0], c[1], null));
      configs.add(new Config("bare minilm-q, batch " + c[0] + ", ORT threads " + (c[1] == 0 ? "default" : c[1]), e, e::embed));
    }
    Embedder e1 = MiniLm.open(true, new EmbedderOptions(32, 1, null));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    configs.add(new Config("bare minilm-q, batch 32, 2 callers x ORT 1 thread", e1, b -> halves(pool, e1, b)));
    for (int batch : new int[] {32, 16, 8}) {
      var s = new EmbeddedToxicityScorer(EmbeddedToxicityModel.bundled(), MiniLm.open(true, new EmbedderOptions(batch, 0, null)), true);
      configs.add(new Config("embedded scorer, model batch " + batch, s, s::score));
    }
    EmbeddedToxicityScorer s = EmbeddedToxicityScorer.open();
    configs.add(new Config("embedded scorer as shipped, open() (model batch " + EmbeddedToxicityScorer.MODEL_BATCH + ")", s, s::score));

    if (!only.isEmpty()) { // a comma-separated list of name fragments keeps only the matching configurations
      List<String> keep = List.of(only.split(","));
      for (Config c : List.copyOf(configs)) {
        if (keep.stream().noneMatch(c.name()::contains)) {
          c.resource().close();
          configs.remove(c);
        }
      }
    }
    Map<String, double[]> rate = new LinkedHashMap<>();
    Map<String, double[]> busy = new LinkedHashMap<>();
    for (Config c : configs) {
      c.run().accept(texts.subList(0, Math.min(256, texts.size()))); // warm-up
      rate.put(c.name(), new double[rounds]);
      busy.put(c.name(), new double[rounds]);
    }
    for (int r = 0; r < rounds; r++) {
      for (Config c : configs) {
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        for (int from = 0; from < texts.size(); from += 256) {
          c.run().accept(new ArrayList<>(texts.subList(from, Math.min(texts.size(), from + 256))));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        rate.get(c.name())[r] = texts.size() / wall;
        busy.get(c.name())[r] = (os.getProcessCpuTime() - cpu0) / 1e9 / wall;
      }
      System.out.printf("round %d done, load average %.2f%n", r + 1, os.getSystemLoadAverage());
    }
    for (Config c : configs) {
      double[] v = rate.get(c.name()).clone();
      Arrays.sort(v);
      double[] perCpu = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        perCpu[r] = rate.get(c.name())[r] / busy.get(c.name())[r];
      }
      System.out.printf("%-52s median %6.0f texts/s (min %5.0f, max %5.0f)  cpu/wall %.2f  %6.0f texts per CPU-second%n", c.name(),
          v[v.length / 2], v[0], v[v.length - 1], median(busy.get(c.name())), median(perCpu));
      c.resource().close();
    }
    pool.shutdown();
  }

  private static void halves(java.util.concurrent.ExecutorService pool, Embedder e, List<String> batch) {
    int mid = batch.size() / 2;
    var a = pool.submit(() -> e.embed(batch.subList(0, mid)));
    var b = pool.submit(() -> e.embed(batch.subList(mid, batch.size())));
    try {
      a.get();
      b.get();
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static List<String> jsonl(Path file, int n) throws java.io.IOException {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    try (var lines = java.nio.file.Files.lines(file)) {
      return lines.limit(n).map(l -> mapper.readTree(l).path("text").asString()).toList();
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }
}
