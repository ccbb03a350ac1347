package dev.assay.models.toxicity.perspective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.models.toxicity.ToxicityScorers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code --scorer perspective:...} options, end to end against {@link FakePerspective}. */
class PerspectiveSpecTest {
  private final FakePerspective server = new FakePerspective();

  PerspectiveSpecTest() throws Exception {}

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void plainPerspectiveIsTheDefaultConfig() {
    assertThat(PerspectiveSpec.parse("perspective")).isEqualTo(PerspectiveConfig.defaults());
    assertThat(PerspectiveSpec.parse("perspective:")).isEqualTo(PerspectiveConfig.defaults());
  }

  @Test
  void everyOptionParses() {
    PerspectiveConfig c = PerspectiveSpec.parse(
        "perspective:attributes=toxicity, INSULT;languages=en,de;qps=2.5;burst=3;in-flight=2;retries=0;timeout=1500ms;key-env=MY_KEY;url=http://127.0.0.1:9/v1");
    assertThat(c.attributes()).containsExactly("TOXICITY", "INSULT");
    assertThat(c.languages()).containsExactly("en", "de");
    assertThat(c.qps()).isEqualTo(2.5);
    assertThat(c.burst()).isEqualTo(3);
    assertThat(c.maxInFlight()).isEqualTo(2);
    assertThat(c.maxRetries()).isZero();
    assertThat(c.timeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(c.apiKeyEnv()).isEqualTo("MY_KEY");
    assertThat(c.baseUrl().toString()).isEqualTo("http://127.0.0.1:9/v1");
    assertThat(PerspectiveSpec.duration("2m")).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void badSpecsNameTheOption() {
    assertThatThrownBy(() -> PerspectiveSpec.parse("perspective:qps=fast")).hasMessage("perspective spec: qps: expected a number, found 'fast'");
    assertThatThrownBy(() -> PerspectiveSpec.parse("perspective:colour=red")).hasMessageContaining("colour: unknown option (expected one of attributes");
    assertThatThrownBy(() -> PerspectiveSpec.parse("perspective:attributes=INSULT")).hasMessageContaining("attributes: expected TOXICITY among them");
    assertThatThrownBy(() -> PerspectiveSpec.parse("perspective:qps")).hasMessageContaining("expected key=value, found 'qps'");
    assertThatThrownBy(() -> PerspectiveSpec.parse("perspective:url=ftp://x")).hasMessageContaining("expected an http(s) URL");
    assertThatThrownBy(() -> ToxicityScorers.open("perspective:key-env=ASSAY_TEST_SURELY_UNSET_VAR"))
        .hasMessageContaining("ASSAY_TEST_SURELY_UNSET_VAR");
  }

  @Test
  void theRequestedAttributesAndTheServerComeFromTheSpec() {
    server.then(FakePerspective.json(200, FakePerspective.scoresBody(Map.of("TOXICITY", 0.8, "INSULT", 0.7))));
    PerspectiveConfig c = PerspectiveSpec.parse("perspective:attributes=TOXICITY,INSULT;qps=500;burst=10;url=" + server.baseUrl() + ";key-env=TEST_KEY");
    try (PerspectiveScorer s = new PerspectiveScorer(c, Map.of("TEST_KEY", "k-spec")::get)) {
      assertThat(s.labels()).containsExactly("toxicity", "insult");
      List<Map<String, Double>> scores = s.score(List.of("you clown"));
      assertThat(scores.get(0)).containsEntry("toxicity", 0.8).containsEntry("insult", 0.7);
    }
    FakePerspective.Received req = server.received.get(0);
    assertThat(req.query()).isEqualTo("key=k-spec");
    assertThat(req.body().path("requestedAttributes").propertyNames()).containsExactly("TOXICITY", "INSULT");
  }
}
