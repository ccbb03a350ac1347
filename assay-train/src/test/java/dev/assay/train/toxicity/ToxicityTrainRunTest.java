package dev.assay.train.toxicity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.models.toxicity.embedded.EmbeddedToxicityModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real run on the first 150 examples of each shared source (a few seconds of embedding). */
class ToxicityTrainRunTest {
  @TempDir Path tmp;

  static Optional<Path> toxicityData() {
    Path p = Path.of("").toAbsolutePath();
    for (int up = 0; p != null && up < 4; up++, p = p.getParent()) {
      Path d = p.resolve("../shared/data/toxicity").normalize();
      if (Files.isDirectory(d.resolve("toxigen"))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  @Test
  void smallRunWritesLoadableWeightsMetricsAndManifest() {
    Path data = toxicityData().orElse(null);
    Assumptions.assumeTrue(data != null, "shared/data/toxicity not found");
    ToxicityTrainOptions o = ToxicityTrainOptions.defaults(data, tmp.resolve("out"))
        .withLimitPerSource(150)
        .withWeightings(List.of(SourceWeighting.BALANCED, SourceWeighting.parse("pooled")));
    List<String> log = new ArrayList<>();
    ToxicityTrainRun.Result r = ToxicityTrainRun.run(o, List.of("--limit-per-source", "150"), log::add);

    assertThat(r.examples()).isEqualTo(450);
    EmbeddedToxicityModel m = EmbeddedToxicityModel.read(r.weights());
    assertThat(m.labels()).containsExactly("toxicity", "identity_attack");
    assertThat(m.dimension()).isEqualTo(384);
    assertThat(r.training().candidates()).hasSize(4); // lr and mlp x two weightings
    assertThat(r.training().shipped().candidate().learner()).isInstanceOf(LogisticLearner.class);
    assertThat(r.training().heldOut().get("toxicity")).containsKey("all");
    assertThat(log).anyMatch(l -> l.startsWith("embedding ")).anyMatch(l -> l.startsWith("held-out toxicity"));

    RunManifest manifest = ManifestWriter.read(r.manifest());
    assertThat(manifest.inputs()).hasSizeGreaterThan(30).allSatisfy(f -> assertThat(f.sha256()).hasSize(64));
    assertThat(manifest.seeds()).containsEntry("split", 42L);
    assertThat(manifest.components()).extracting(RunManifest.Component::type).contains("embedder", "learner", "model_selection");
    assertThat(Files.exists(r.metrics())).isTrue();
  }
}
