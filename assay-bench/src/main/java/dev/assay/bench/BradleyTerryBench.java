package dev.assay.bench;

import dev.assay.stats.rating.BattleOutcome;
import dev.assay.stats.rating.BootstrapConfig;
import dev.assay.stats.rating.BootstrapRatings;
import dev.assay.stats.rating.BradleyTerry;
import dev.assay.stats.rating.BradleyTerryBootstrap;
import dev.assay.stats.rating.PairwiseCounts;
import dev.assay.stats.rating.RatedModel;
import dev.assay.stats.rating.RatingScale;
import dev.assay.stats.rating.RatingTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times Assay's Bradley-Terry fit and bootstrap on a battle log, the counterpart of FastChat's
 * {@code compute_bt} + {@code compute_bootstrap_bt}. Parsing the file is timed separately (FastChat's
 * side gets an already loaded DataFrame). Writes {@code model,rating,lower,upper,rank} as CSV.
 *
 * <pre>{@code
 * java -cp "assay-bench/target/classes:assay-stats/target/classes" dev.assay.bench.BradleyTerryBench \
 *     /tmp/battles.jsonl 1000 2 42 /tmp/assay_bt.csv
 * }</pre>
 */
public final class BradleyTerryBench {
  private static final Pattern FIELD = Pattern.compile("\"(model_a|model_b|winner)\"\\s*:\\s*\"([^\"]*)\"");

  private BradleyTerryBench() {}

  /** Arguments: battles.jsonl, bootstrap rounds, threads, seed, output CSV. */
  public static void main(String[] args) throws IOException {
    if (args.length != 5) {
      System.err.println("usage: BradleyTerryBench <battles.jsonl> <rounds> <threads> <seed> <out.csv>");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    int rounds = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    long seed = Long.parseLong(args[3]);

    long t0 = System.nanoTime();
    List<String[]> rows = parse(in);
    long t1 = System.nanoTime();

    // warm-up on a copy so that JIT compilation is not billed to the first timed fit
    PairwiseCounts warm = aggregate(rows);
    BradleyTerry.fit(warm, RatingScale.FASTCHAT);
    BradleyTerryBootstrap.run(warm, RatingScale.FASTCHAT, new BootstrapConfig(20, seed + 1, threads, 0.95));

    long t2 = System.nanoTime();
    PairwiseCounts counts = aggregate(rows);
    long t3 = System.nanoTime();
    RatingTable mle = BradleyTerry.fit(counts, RatingScale.FASTCHAT);
    long t4 = System.nanoTime();
    BootstrapRatings boot =
        BradleyTerryBootstrap.run(counts, RatingScale.FASTCHAT, new BootstrapConfig(rounds, seed, threads, 0.95));
    long t5 = System.nanoTime();

    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(args[4]), StandardCharsets.UTF_8))) {
      w.println("model,rating,lower,upper,rank");
      for (RatedModel r : boot.ratings()) {
        w.printf("%s,%.12f,%.12f,%.12f,%d%n", r.model(), mle.rating(r.model()), r.lower(), r.upper(), r.rank());
      }
    }
    System.out.printf(
        "{\"battles\": %d, \"models\": %d, \"rounds\": %d, \"threads\": %d, \"parse_s\": %.3f,"
            + " \"aggregate_s\": %.3f, \"fit_s\": %.4f, \"bootstrap_s\": %.3f, \"total_s\": %.3f}%n",
        rows.size(), counts.modelCount(), rounds, threads, (t1 - t0) / 1e9, (t3 - t2) / 1e9,
        (t4 - t3) / 1e9, (t5 - t4) / 1e9, (t5 - t2) / 1e9);
  }

  static List<String[]> parse(Path in) throws IOException {
    List<String[]> rows = new ArrayList<>(1 << 20);
    try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        Map<String, String> f = new HashMap<>(4);
        Matcher m = FIELD.matcher(line);
        while (m.find()) {
          f.put(m.group(1), m.group(2));
        }
        rows.add(new String[] {f.get("model_a"), f.get("model_b"), f.get("winner")});
      }
    }
    return rows;
  }

  static PairwiseCounts aggregate(List<String[]> rows) {
    PairwiseCounts.Builder b = PairwiseCounts.builder();
    for (String[] r : rows) {
      b.add(r[0], r[1], BattleOutcome.parse(r[2]).orElseThrow());
    }
    return b.build();
  }
}
