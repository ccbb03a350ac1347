package dev.assay.models.toxicity.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.models.toxicity.ToxicityScorer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmbeddedToxicityScorerTest {
  static EmbeddedToxicityScorer scorer;

  @BeforeAll
  static void open() {
    scorer = EmbeddedToxicityScorer.open();
  }

  @AfterAll
  static void close() {
    scorer.close();
  }

  @Test
  void bundledWeightsLoadAndRoundTrip() {
    EmbeddedToxicityModel m = EmbeddedToxicityModel.bundled();
    assertThat(m.labels()).containsExactly(ToxicityScorer.TOXICITY, ToxicityScorer.IDENTITY_ATTACK);
    assertThat(m.dimension()).isEqualTo(384);
    assertThat(m.embedder()).isEqualTo("minilm-q");
    assertThat(m.training()).containsKeys("sources", "sizes", "lambda", "weighting");
    assertThat(m.training()).containsEntry("weighting", "balanced-olid4").containsEntry("shipped", "lr/balanced-olid4");
    assertThat(EmbeddedToxicityModel.RESOURCE).endsWith("embedded-v2.json");
    EmbeddedToxicityModel again = EmbeddedToxicityModel.read(new ByteArrayInputStream(m.toJson().getBytes(StandardCharsets.UTF_8)));
    float[] v = new float[384];
    v[3] = 0.6f;
    v[100] = -0.8f;
    assertThat(again.heads().get("toxicity").logit(v)).isCloseTo(m.heads().get("toxicity").logit(v), org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void everyTextGetsBothLabelsInTheUnitIntervalAndBlankScoresZero() {
    List<Map<String, Double>> s = scorer.score(List.of("Thanks for the help!", "", " \u00a0 "));
    assertThat(s).hasSize(3);
    assertThat(s.get(0)).containsOnlyKeys("toxicity", "identity_attack");
    assertThat(s.get(0).values()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
    assertThat(s.get(1)).containsEntry("toxicity", 0.0).containsEntry("identity_attack", 0.0);
    assertThat(s.get(2)).containsEntry("toxicity", 0.0).containsEntry("identity_attack", 0.0);
    assertThat(scorer.info()).containsKeys("scorer", "embedder", "labels");
  }

  @Test
  void insultsScoreAbovePoliteSentences() {
    List<String> toxic = List.of(
        "You are a complete idiot and everyone hates you.",
        "Shut up, you stupid loser.",
        "What a pathetic moron, get lost.",
        "You're disgusting trash and so is your family.");
    List<String> benign = List.of(
        "Thank you so much for your help today.",
        "The weather is lovely this afternoon.",
        "Could you please send me the report by Friday?",
        "I enjoyed reading your article about gardening.");
    List<Map<String, Double>> t = scorer.score(toxic);
    List<Map<String, Double>> b = scorer.score(benign);
    double minToxic = t.stream().mapToDouble(m -> m.get("toxicity")).min().orElseThrow();
    double maxBenign = b.stream().mapToDouble(m -> m.get("toxicity")).max().orElseThrow();
    assertThat(minToxic).isGreaterThan(maxBenign);
    assertThat(minToxic).isGreaterThan(0.5);
    assertThat(maxBenign).isLessThan(0.5);
  }
}
