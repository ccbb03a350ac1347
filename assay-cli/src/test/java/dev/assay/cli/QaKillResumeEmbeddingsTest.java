package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.models.embed.EmbeddingCache;
import dev.assay.models.embed.EmbeddingStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay qa} resumes without recomputing embeddings: a run with toxicity and semantic dedup
 * killed with SIGKILL while embedding, started again over the same {@code --embedding-cache},
 * computes only the texts the first run had not stored.
 */
class QaKillResumeEmbeddingsTest {
  private static final String[] WORDS = {"fox", "otter", "heron", "badger", "lynx", "beaver", "crane", "marten", "stoat"};

  @TempDir Path dir;

  @AfterEach
  void reset() {
    EmbeddingCache.configure(null);
  }

  @Test
  void aKilledQaRunResumesWithoutEmbeddingStoredTextsAgain() throws Exception {
    int rows = 2000;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String text = String.format(Locale.ROOT, "Record %d: the %s met the %s by the water.", i, WORDS[i % 9], WORDS[(i / 9) % 9]);
      lines.add(Json.MAPPER.writeValueAsString(java.util.Map.of("text", text)));
    }
    Path in = dir.resolve("rows.jsonl");
    Files.write(in, lines, StandardCharsets.UTF_8);
    Path yaml = dir.resolve("qa.yaml");
    Files.writeString(yaml, "input: " + in + "\nfield: text\nout: " + dir.resolve("out") + "\nchecks:\n"
        + "  - name: toxicity\n    action: tag\n  - name: semantic_dedup\n    action: tag\n    params: {model: minilm-q}\n");
    Path cache = dir.resolve("embeddings.db");

    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process first = new ProcessBuilder(java, "-cp", classpath, "dev.assay.cli.Main", "qa", "--config", yaml.toString(),
        "--embedding-cache", cache.toString(), "--quiet", "--no-report")
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("first-run.log").toFile())
        .start();
    long stored;
    try (EmbeddingStore watch = EmbeddingStore.open(cache)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (watch.size() < 150 && System.nanoTime() < deadline && first.isAlive()) {
        Thread.sleep(20);
      }
      assertThat(first.isAlive()).as("the first run should still be embedding: " + Files.readString(dir.resolve("first-run.log"))).isTrue();
      first.destroyForcibly(); // SIGKILL: no shutdown hooks
      first.waitFor(30, TimeUnit.SECONDS);
      stored = watch.size();
    }
    assertThat(stored).isBetween(150L, rows - 1L);

    CliHarness second = CliHarness.run("qa", "--config", yaml.toString(), "--embedding-cache", cache.toString(), "--quiet", "--no-report");
    assertThat(second.exit()).as(second.err()).isIn(0, 1);
    JsonNode manifest = Json.MAPPER.readTree(dir.resolve("out").resolve("manifest.json").toFile());
    JsonNode c = null;
    for (JsonNode x : manifest.path("components")) {
      if (x.path("type").asString().equals("embedding_cache")) {
        c = x.path("config");
      }
    }
    assertThat(c).as(manifest.toString()).isNotNull();
    assertThat(c.path("computed").asLong()).as("only the texts the killed run had not stored").isEqualTo(rows - stored);
    assertThat(c.path("hits").asLong()).isGreaterThanOrEqualTo(stored + rows); // toxicity's stored ones + all of dedup's
    try (EmbeddingStore s = EmbeddingStore.open(cache)) {
      assertThat(s.size()).isEqualTo(rows);
    }

    // a third run over the finished cache embeds nothing
    CliHarness third = CliHarness.run("qa", "--config", yaml.toString(), "--embedding-cache", cache.toString(), "--quiet", "--no-report");
    assertThat(third.exit()).as(third.err()).isIn(0, 1);
    JsonNode m3 = Json.MAPPER.readTree(dir.resolve("out").resolve("manifest.json").toFile());
    for (JsonNode x : m3.path("components")) {
      if (x.path("type").asString().equals("embedding_cache")) {
        assertThat(x.path("config").path("computed").asLong()).isZero();
      }
    }
  }
}
