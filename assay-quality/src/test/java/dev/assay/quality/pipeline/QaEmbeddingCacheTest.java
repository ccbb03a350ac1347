package dev.assay.quality.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.config.ConfigLoader;
import dev.assay.core.manifest.RunManifest;
import dev.assay.models.embed.EmbeddingCache;
import dev.assay.models.embed.EmbeddingStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QA run with toxicity and semantic dedup over one model embeds each distinct text once, and a
 * second run over the same cache embeds nothing.
 */
class QaEmbeddingCacheTest {
  private static final String[] ANIMALS = {"fox", "otter", "heron", "badger", "lynx", "beaver", "crane", "marten"};
  private static final String[] PLACES = {"river", "meadow", "forest", "harbour", "valley", "orchard", "quarry"};

  @TempDir Path dir;

  @AfterEach
  void reset() {
    EmbeddingCache.configure(null);
  }

  @Test
  void toxicityAndSemanticDedupEmbedEachDistinctTextOnceAndAReRunEmbedsNothing() throws Exception {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String t = String.format(Locale.ROOT, "The %s walked to the %s on day %d.", ANIMALS[i % 8], PLACES[i % 7], i);
      rows.add(t);
    }
    rows.add(rows.get(3)); // exact duplicates: hashed by the dedup check, one key for toxicity
    rows.add(rows.get(5));
    rows.add("The   FOX walked to the river on day 0."); // reads like row 0 to uncased MiniLM
    rows.add("   ");
    int distinct = 40;
    Path cache = dir.resolve("cache").resolve("embeddings.db");
    PipelineConfig cfg = config(rows, cache, dir.resolve("out1"));

    CachingStats cold = run(cfg);
    assertThat(cold.computed).isEqualTo(distinct);
    assertThat(cold.hits + cold.shared).as("dedup finds the texts toxicity embedded").isGreaterThanOrEqualTo(distinct - 1);
    try (EmbeddingStore s = EmbeddingStore.open(cache)) {
      assertThat(s.size()).isEqualTo(distinct);
    }

    CachingStats warm = run(config(rows, cache, dir.resolve("out2")));
    assertThat(warm.computed).isZero();
    assertThat(warm.hits).isGreaterThanOrEqualTo(2L * (distinct - 1));
    // the same rejections; each run read its own copy of the input, which duplicate_of_file names
    assertThat(Files.readString(dir.resolve("out2").resolve("rejected.jsonl")).replace("in-out2.jsonl", "in-out1.jsonl"))
        .isEqualTo(Files.readString(dir.resolve("out1").resolve("rejected.jsonl")));
  }

  @Test
  void offLeavesNoCacheFile() throws Exception {
    List<String> rows = List.of("one short text about a river", "another short text about a meadow");
    PipelineConfig cfg = config(rows, null, dir.resolve("out"));
    PipelineConfig off = new PipelineConfig(cfg.input(), cfg.format(), cfg.field(), cfg.idField(), cfg.out(),
        cfg.threads(), cfg.checks(), "off");
    QaResult r = new QaPipeline(off).run(List.of(), null);
    assertThat(r.recordsIn()).isEqualTo(2);
    assertThat(r.manifest().components()).noneMatch(c -> c.type().equals("embedding_cache"));
  }

  private record CachingStats(long hits, long computed, long shared) {}

  private static CachingStats run(PipelineConfig cfg) {
    RunManifest m = new QaPipeline(cfg).run(List.of(), null).manifest();
    RunManifest.Component c = m.components().stream().filter(x -> x.type().equals("embedding_cache")).findFirst().orElseThrow();
    assertThat(c.name()).isEqualTo(Path.of(cfg.embeddingCache()).toString());
    return new CachingStats(((Number) c.config().get("hits")).longValue(), ((Number) c.config().get("computed")).longValue(),
        ((Number) c.config().get("shared")).longValue());
  }

  private PipelineConfig config(List<String> rows, Path cache, Path out) throws Exception {
    Path in = dir.resolve("in-" + out.getFileName() + ".jsonl");
    StringBuilder sb = new StringBuilder();
    for (String r : rows) {
      sb.append("{\"text\": \"").append(r).append("\"}\n");
    }
    Files.writeString(in, sb);
    Path yaml = dir.resolve("qa-" + out.getFileName() + ".yaml");
    Files.writeString(yaml, "input: " + in + "\nfield: text\nout: " + out + "\n"
        + (cache == null ? "" : "embedding_cache: " + cache + "\n")
        + "checks:\n  - name: toxicity\n    action: tag\n  - name: semantic_dedup\n    action: reject\n"
        + "    params: {model: minilm-q}\n");
    return ConfigLoader.load(yaml, PipelineConfig.class, Map.of());
  }
}
