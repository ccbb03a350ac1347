package dev.assay.cli.pipes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.core.run.GateOutcome;
import dev.assay.core.run.GateResults;
import dev.assay.core.run.RunFileKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Assay launched the way Dagster's {@code PipesSubprocessClient} launches an external process: a
 * Python harness (standard library only; Dagster itself cannot be installed here) plays the
 * orchestration side exactly — context file, {@code DAGSTER_PIPES_CONTEXT} /
 * {@code DAGSTER_PIPES_MESSAGES} as base64 of zlib of JSON, messages read back and checked
 * against protocol 0.1 (versions, method names, {@code opened} first, {@code closed} last, typed
 * metadata, asset keys in scope, check severities).
 */
class DagsterPipesProtocolTest {
  @TempDir Path dir;

  @Test
  void aValidateRunIsReportedAsItsAssetsMaterializationThroughAFile() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"instruction\":\"a\",\"output\":\"b\"}\n{\"instruction\":\"c\"}\nnot json\n");
    JsonNode r = orchestrate("file", "validated_data", "validate", "--schema", "alpaca", in.toString(), "--out", dir.resolve("v").toString());
    assertThat(r.path("exit").asInt()).isEqualTo(1);   // data rejected is a result, not a crash
    assertThat(methods(r)).startsWith("opened", "log").endsWith("report_asset_materialization", "closed");
    JsonNode m = r.path("materializations").get(0);
    assertThat(m.path("asset_key").asString()).isEqualTo("validated_data");
    assertThat(m.at("/metadata/command/raw_value").asString()).isEqualTo("validate");
    assertThat(m.at("/metadata/status/raw_value").asString()).isEqualTo("data_rejected");
    assertThat(m.at("/metadata/records_in/raw_value").asLong()).isEqualTo(3);
    assertThat(m.at("/metadata/valid/type").asString()).isEqualTo("int");
    assertThat(m.at("/metadata/valid/raw_value").asLong()).isEqualTo(1);
    assertThat(m.at("/metadata/run_folder/type").asString()).isEqualTo("path");
    assertThat(m.path("data_version").asString()).hasSize(64);
    assertThat(r.path("exception").isNull()).isTrue();
  }

  @Test
  void messagesOnStderrWorkToo() throws Exception {
    Path in = dir.resolve("in.jsonl");
    Files.writeString(in, "{\"instruction\":\"a\",\"output\":\"b\"}\n");
    JsonNode r = orchestrate("stderr", "clean", "validate", "--schema", "alpaca", in.toString(), "--out", dir.resolve("v").toString());
    assertThat(r.path("exit").asInt()).isZero();
    assertThat(methods(r)).containsSubsequence("opened", "report_asset_materialization", "closed");
    assertThat(r.at("/materializations/0/metadata/status/raw_value").asString()).isEqualTo("ok");
  }

  @Test
  void aBadUsageClosesTheSessionWithTheExitCodeAsItsException() throws Exception {
    JsonNode r = orchestrate("file", "clean", "validate", "--schema", "alpaca", dir.resolve("missing.jsonl").toString(),
        "--out", dir.resolve("v").toString());
    assertThat(r.path("exit").asInt()).isEqualTo(2);
    assertThat(methods(r)).doesNotContain("report_asset_materialization").endsWith("closed");
    assertThat(r.at("/exception/message").asString()).contains("exited with code 2");
  }

  @Test
  void eachGateAssertionIsAnAssetCheckWithItsSeverity() throws Exception {
    Path out = dir.resolve("gate");
    Files.createDirectories(out);
    Path messages = dir.resolve("messages.jsonl");
    Path context = dir.resolve("context.json");
    Files.writeString(context, "{\"asset_keys\":[\"model_quality\"],\"run_id\":\"r\",\"extras\":{}}");
    Map<String, String> env = Map.of(
        DagsterPipes.CONTEXT_ENV, PipesCodec.encode(Json.MAPPER.readTree("{\"path\":" + Json.MAPPER.writeValueAsString(context.toString()) + "}")),
        DagsterPipes.MESSAGES_ENV, PipesCodec.encode(Json.MAPPER.readTree("{\"path\":" + Json.MAPPER.writeValueAsString(messages.toString()) + "}")));
    int exit = PipesBridge.around(env, new String[] {"gate", "--out", out.toString()}, () -> {
      dev.assay.core.manifest.ManifestWriter.write(dev.assay.core.manifest.RunManifest.builder("gate", List.of())
          .build(dev.assay.core.run.RunStatus.DATA_REJECTED), out.resolve("manifest.json"));
      RunFileKind.GATE_RESULTS.contract(GateResults.class).write(out.resolve("gate.json"), new GateResults(GateOutcome.FAIL, 1, 1, 0, List.of(
          new GateResults.Assertion("leaderboard.models[model-a].vs_baseline.win_rate >= 60", "leaderboard",
              "models[model-a].vs_baseline.win_rate", ">=", 60, 76.1, GateOutcome.PASS, "76.1 >= 60"),
          new GateResults.Assertion("qa.rejected_share <= 0.05", "qa", "rejected_share", "<=", 0.05, 0.059,
              GateOutcome.FAIL, "0.059 > 0.05"))));
      return 1;
    });
    assertThat(exit).isEqualTo(1);
    JsonNode r = verify("model_quality", messages);
    List<JsonNode> checks = new ArrayList<>();
    r.path("checks").forEach(checks::add);
    assertThat(checks).hasSize(2);
    assertThat(checks.get(0).path("check_name").asString()).isEqualTo("leaderboard_models_model_a_vs_baseline_win_rate_ge_60");
    assertThat(checks.get(0).path("passed").asBoolean()).isTrue();
    assertThat(checks.get(1).path("passed").asBoolean()).isFalse();
    assertThat(checks.get(1).path("severity").asString()).isEqualTo("ERROR");
    assertThat(checks.get(1).at("/metadata/actual/raw_value").asDouble()).isEqualTo(0.059);
  }

  @Test
  void withoutDagsterTheCommandRunsUnchanged() {
    assertThat(PipesBridge.around(Map.of(), new String[0], () -> 7)).isEqualTo(7);
  }

  @Test
  void aMalformedBootstrapIsAnErrorNamingTheVariable() {
    assertThat(PipesBridge.around(Map.of(DagsterPipes.CONTEXT_ENV, "%%%", DagsterPipes.MESSAGES_ENV, "x"), new String[0], () -> 0))
        .isEqualTo(70);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DagsterPipes.fromEnvironment(Map.of(DagsterPipes.CONTEXT_ENV, "%%%",
        DagsterPipes.MESSAGES_ENV, "x"))).hasMessageStartingWith("DAGSTER_PIPES_CONTEXT: not base64");
  }

  @Test
  void theCodecMatchesPythonsZlibAndBase64() throws Exception {
    // base64.b64encode(zlib.compress(b'{"path": "tmp"}')), as CPython 3.11 computes it (Dagster's encode_param)
    JsonNode v = PipesCodec.decode("eJyrVipILMlQslJQKsktUKoFACcfBNk=");
    assertThat(v.path("path").asString()).isEqualTo("tmp");
    assertThat(PipesCodec.decode(PipesCodec.encode(v))).isEqualTo(v);
  }

  private JsonNode orchestrate(String channel, String asset, String... assayArgs) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of("python3", harness().toString(), "run", dir.resolve("pipes").toString(), asset, channel, "--",
        java, "-cp", classpath, "dev.assay.cli.Main"));
    cmd.addAll(List.of(assayArgs));
    return runHarness(cmd);
  }

  private JsonNode verify(String asset, Path messages) throws Exception {
    return runHarness(List.of("python3", harness().toString(), "verify", dir.resolve("pipes").toString(), asset, messages.toString()));
  }

  private JsonNode runHarness(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("harness.err").toFile()).start();
    String stdout;
    try (InputStream s = p.getInputStream()) {
      stdout = new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("protocol violations: %s", Files.readString(dir.resolve("harness.err"))).isZero();
    return Json.MAPPER.readTree(stdout);
  }

  private Path harness() throws IOException {
    Path h = dir.resolve("pipes_orchestrator.py");
    if (!Files.exists(h)) {
      try (InputStream in = getClass().getResourceAsStream("/dagster/pipes_orchestrator.py")) {
        Files.write(h, in.readAllBytes());
      }
    }
    return h;
  }

  private static List<String> methods(JsonNode r) {
    List<String> m = new ArrayList<>();
    r.path("methods").forEach(x -> m.add(x.asString()));
    return m;
  }
}
