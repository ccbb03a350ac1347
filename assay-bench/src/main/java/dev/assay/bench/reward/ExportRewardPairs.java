package dev.assay.bench.reward;

import dev.assay.train.reward.PairReader;
import dev.assay.models.reward.RewardPair;
import dev.assay.models.reward.SurfaceFeatures;
import dev.assay.models.embed.EmbeddingFileCache;
import java.io.DataOutputStream;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports reward-model training pairs with their cached MiniLM vectors (written by {@code assay
 * reward train --cache}) for the Python experiments that chose the reward model's design:
 * {@code P.f32}, {@code C.f32}, {@code R.f32} (little-endian float32 rows of prompt, chosen and
 * rejected vectors; zeros when a text is not cached) {@code texts.jsonl} (the pair texts) and {@code meta.tsv} (source, subset, label,
 * chars of chosen and rejected, cached flags, prompt id, surface features of both). Scratch output.
 *
 * <pre>{@code
 * java -cp 'assay-bench/target/classes:assay-bench/target/lib/*' dev.assay.bench.reward.ExportRewardPairs \
 *     /tmp/rc/embeddings.bin.minilm-q /tmp/rexp ../shared/data/alpaca_eval/annotations/*.json.gz ...
 * }</pre>
 */
public final class ExportRewardPairs {
  private ExportRewardPairs() {}

  public static void main(String[] args) throws Exception {
    EmbeddingFileCache cache = EmbeddingFileCache.readFile(Path.of(args[0]));
    Path out = Files.createDirectories(Path.of(args[1]));
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    List<RewardPair> pairs = PairReader.read(files).pairs();
    java.util.Map<String, Integer> promptIds = new java.util.HashMap<>();
    StringBuilder meta = new StringBuilder();
    var json = tools.jackson.databind.json.JsonMapper.builder().build();
    StringBuilder texts = new StringBuilder();
    int missing = 0;
    try (var p = open(out.resolve("P.f32")); var c = open(out.resolve("C.f32")); var r = open(out.resolve("R.f32"))) {
      for (RewardPair pair : pairs) {
        missing += write(p, cache.cached(pair.prompt())) + write(c, cache.cached(pair.chosen()))
            + write(r, cache.cached(pair.rejected()));
        int pid = promptIds.computeIfAbsent(pair.prompt(), k -> promptIds.size());
        meta.append(pair.source()).append('\t').append(pair.subset()).append('\t').append(pair.label()).append('\t')
            .append(pair.chosen().length()).append('\t').append(pair.rejected().length()).append('\t').append(pid);
        for (double v : SurfaceFeatures.of(pair.chosen())) {
          meta.append('\t').append(v);
        }
        for (double v : SurfaceFeatures.of(pair.rejected())) {
          meta.append('\t').append(v);
        }
        meta.append('\n');
        texts.append(json.writeValueAsString(java.util.Map.of(
            "prompt", pair.prompt(), "chosen", pair.chosen(), "rejected", pair.rejected()))).append('\n');
      }
    }
    Files.writeString(out.resolve("meta.tsv"), meta);
    Files.writeString(out.resolve("texts.jsonl"), texts);
    System.out.println(pairs.size() + " pairs, " + missing + " texts not cached -> " + out);
  }

  private static DataOutputStream open(Path f) throws java.io.IOException {
    return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f), 1 << 20));
  }

  private static int write(DataOutputStream out, float[] v) throws java.io.IOException {
    for (int i = 0; i < 384; i++) {
      out.writeInt(Integer.reverseBytes(Float.floatToIntBits(v == null ? 0f : v[i])));
    }
    return v == null ? 1 : 0;
  }
}
