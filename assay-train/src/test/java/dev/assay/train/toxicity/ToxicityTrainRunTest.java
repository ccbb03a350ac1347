package dev.assay.train.toxicity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.models.toxicity.embedded.EmbeddedToxicityModel;
import dev.assay.testkit.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real run on the first 150 examples of each shared source (a few seconds of embedding). */
class ToxicityTrainRunTest {
  @TempDir Path tmp;


  @Test
  void smallRunWritesLoadableWeightsMetricsAndManifest() {
    Path data = SharedData.path("toxicity/toxigen").getParent();
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
