package dev.assay.models.toxicity.perspective;

import static dev.assay.models.toxicity.perspective.FakePerspective.errorBody;
import static dev.assay.models.toxicity.perspective.FakePerspective.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The protocol and per-text outcomes, against {@link FakePerspective} on loopback. */
class PerspectiveScorerTest {
  static final String KEY = "k-test-123";
  static final Function<String, String> ENV = Map.of("PERSPECTIVE_API_KEY", KEY)::get;

  private final FakePerspective server = new FakePerspective();

  PerspectiveScorerTest() throws Exception {}

  @AfterEach
  void stop() {
    server.close();
  }

  /** High QPS and short backoff so the tests are fast. */
  static PerspectiveConfig fast(FakePerspective s) {
    return PerspectiveConfig.defaults()
        .withBaseUrl(s.baseUrl())
        .withQps(1000)
        .withBurst(100)
        .withBackoff(Duration.ofMillis(10), Duration.ofMillis(50))
        .withTimeout(Duration.ofSeconds(5));
  }

  @Test
  void sendsTheDocumentedRequestAndReadsSummaryAndSpanScores() {
    server.then(json(200, FakePerspective.scoresBody(Map.of("TOXICITY", 0.92, "IDENTITY_ATTACK", 0.13))));
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server), ENV)) {
      PerspectiveResult r = s.analyze(List.of("you idiot")).get(0);
      assertThat(r.scores()).containsExactly(Map.entry("toxicity", 0.92), Map.entry("identity_attack", 0.13));
      assertThat(r.spans().get("toxicity")).containsExactly(new PerspectiveResult.SpanScore(0, 9, 0.92));
      assertThat(r.error()).isEmpty();
      assertThat(s.labels()).containsExactly(ToxicityScorer.TOXICITY, ToxicityScorer.IDENTITY_ATTACK);
    }
    FakePerspective.Received req = server.received.get(0);
    assertThat(req.method()).isEqualTo("POST");
    assertThat(req.query()).isEqualTo("key=" + KEY);
    assertThat(req.contentType()).startsWith("application/json");
    JsonNode body = req.body();
    assertThat(body.path("comment").path("text").asString()).isEqualTo("you idiot");
    assertThat(body.path("requestedAttributes").propertyNames()).containsExactly("TOXICITY", "IDENTITY_ATTACK");
    assertThat(body.path("requestedAttributes").path("TOXICITY").isObject()).isTrue();
    assertThat(body.path("requestedAttributes").path("TOXICITY").size()).isZero();
    assertThat(body.path("languages").get(0).asString()).isEqualTo("en");
    assertThat(body.path("doNotStore").asBoolean()).isTrue();
  }

  @Test
  void manyTextsComeBackInInputOrderAndBlankTextsAreNotSent() {
    List<String> texts = List.of("a", "bbbbbbbbbb", "  ", "ccccc", "dddddddddddddddddddd", "");
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withMaxInFlight(4), ENV)) {
      List<Map<String, Double>> scores = s.score(texts);
      assertThat(scores).extracting(m -> m.get("toxicity")).containsExactly(0.01, 0.10, 0.0, 0.05, 0.20, 0.0);
      assertThat(scores.get(2).get("identity_attack")).isZero();
    }
    assertThat(server.received).hasSize(4);
  }

  @Test
  void otherAttributesAreLowerCasedLabels() {
    server.then(json(200, FakePerspective.scoresBody(Map.of("TOXICITY", 0.5, "SEVERE_TOXICITY", 0.25, "INSULT", 0.75))));
    PerspectiveConfig cfg = fast(server).withAttributes(List.of("TOXICITY", "severe_toxicity", "INSULT")).withLanguages(List.of());
    try (PerspectiveScorer s = new PerspectiveScorer(cfg, ENV)) {
      assertThat(s.score(List.of("x")).get(0))
          .containsExactly(Map.entry("toxicity", 0.5), Map.entry("severe_toxicity", 0.25), Map.entry("insult", 0.75));
    }
    JsonNode body = server.received.get(0).body();
    assertThat(body.path("requestedAttributes").propertyNames()).containsExactly("TOXICITY", "SEVERE_TOXICITY", "INSULT");
    assertThat(body.has("languages")).as("no languages: server detects").isFalse();
  }

  @Test
  void anAttributeMissingFromTheResponseIsNaNWithAnError() {
    server.then(json(200, FakePerspective.scoresBody(Map.of("TOXICITY", 0.4))));
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server), ENV)) {
      PerspectiveResult r = s.analyze(List.of("hello")).get(0);
      assertThat(r.scores().get("toxicity")).isCloseTo(0.4, within(1e-12));
      assertThat(r.scores().get("identity_attack")).isNaN();
      assertThat(r.error()).hasValueSatisfying(e -> assertThat(e).contains("IDENTITY_ATTACK"));
    }
  }

  @Test
  void a400ErrorBodyIsNotRetriedAndGivesNaNForThatTextOnly() {
    String msg = "Attribute IDENTITY_ATTACK does not support request languages: xx";
    server.then(json(400, errorBody(400, "INVALID_ARGUMENT", msg)));
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withMaxInFlight(1), ENV)) {
      List<PerspectiveResult> rs = s.analyze(List.of("bonjour", "hello"));
      assertThat(rs.get(0).scores().values()).allMatch(d -> d.isNaN());
      assertThat(rs.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("400", "INVALID_ARGUMENT", msg));
      assertThat(rs.get(1).scores().get("toxicity")).isCloseTo(0.05, within(1e-12));
    }
    assertThat(server.received).hasSize(2);
  }

  @Test
  void malformedJsonInA200IsAClearErrorAndNotRetried() {
    server.then(json(200, "{\"attributeScores\": {\"TOXICITY\": [oops"));
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server), ENV)) {
      assertThatThrownBy(() -> s.score(List.of("x")))
          .isInstanceOf(PerspectiveException.class)
          .hasMessageContaining("not JSON")
          .satisfies(e -> assertThat(((PerspectiveException) e).httpStatus()).isEqualTo(200));
    }
    assertThat(server.received).hasSize(1);
  }

  @Test
  void aJsonBodyWithoutAttributeScoresIsAClearError() {
    server.then(json(200, "{\"languages\": [\"en\"]}"));
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server), ENV)) {
      assertThatThrownBy(() -> s.score(List.of("x"))).isInstanceOf(PerspectiveException.class).hasMessageContaining("attributeScores");
    }
  }

  @Test
  void aForbiddenKeyIsNotRetriedAndTheMessageHoldsNoKey() {
    server.then(json(403, errorBody(403, "PERMISSION_DENIED", "API key not valid. Please pass a valid API key.")));
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server), ENV)) {
      assertThatThrownBy(() -> s.score(List.of("x")))
          .isInstanceOf(PerspectiveException.class)
          .hasMessageContaining("403")
          .hasMessageContaining("PERMISSION_DENIED")
          .hasMessageNotContaining(KEY);
      assertThat(s.info().toString()).doesNotContain(KEY).contains("PERSPECTIVE_API_KEY", "/v1alpha1/comments:analyze");
    }
    assertThat(server.received).hasSize(1);
  }

  @Test
  void theKeyComesFromTheConfiguredEnvironmentVariable() {
    assertThatThrownBy(() -> new PerspectiveScorer(fast(server).withApiKeyEnv("MY_KEY"), ENV))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("MY_KEY");
    try (PerspectiveScorer s = new PerspectiveScorer(fast(server).withApiKeyEnv("MY_KEY"), Map.of("MY_KEY", "other")::get)) {
      s.score(List.of("x"));
    }
    assertThat(server.received.get(0).query()).isEqualTo("key=other");
  }

  @Test
  void theProviderIsRegistered() {
    assertThat(ToxicityScorers.providers()).anyMatch(p -> p instanceof PerspectiveProvider && p.accepts("perspective"));
  }
}
