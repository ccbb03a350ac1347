package dev.assay.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.cli.CliHarness;
import dev.assay.core.io.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay export dagster|airflow}: the generated modules compile with python3 and, imported
 * against stand-ins for Dagster and Airflow (neither installs here), define exactly the pipeline's
 * steps with its edges, each running the step's own Assay command; one Airflow task's shell
 * command is run for real and its last stdout line is the JSON summary XCom receives.
 */
class OrchestratorExportTest {
  @TempDir Path dir;

  private Path pipeline() throws Exception {
    Files.writeString(dir.resolve("data.jsonl"),
        "{\"instruction\":\"a\",\"output\":\"same\"}\n{\"instruction\":\"b\",\"output\":\"same\"}\n{\"instruction\":\"c\",\"output\":\"other\"}\n");
    Path p = dir.resolve("pipeline.yaml");
    Files.writeString(p, """
        steps:
          validate:
            command: validate
            args: [data.jsonl]
            params: {schema: alpaca}
          exact:
            command: dedup
            args: ["${steps.validate}/valid.jsonl"]
            params: {method: exact, field: output}
          near:
            command: dedup
            args: ["${steps.validate}/valid.jsonl"]
            params: {method: minhash, field: output}
        """);
    return p;
  }

  @Test
  void dagsterAssetsFollowThePipeline() throws Exception {
    Path p = pipeline();
    Path module = dir.resolve("defs/assay_defs.py");
    CliHarness r = CliHarness.run("export", "dagster", p.toString(), "--out-file", module.toString(), "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode got = inspect("dagster", module);
    List<String> names = new ArrayList<>();
    got.path("assets").forEach(a -> names.add(a.path("name").asString()));
    assertThat(names).containsExactly("validate", "exact", "near");
    JsonNode exact = got.path("assets").get(1);
    assertThat(exact.path("deps").get(0).asString()).isEqualTo("validate");
    assertThat(got.path("assets").get(0).path("deps").isEmpty()).isTrue();
    List<String> cmd = strings(exact.path("command"));
    assertThat(cmd.get(0)).isEqualTo("assay");
    assertThat(cmd.subList(1, 2)).containsExactly("dedup");
    assertThat(cmd).contains("--method", "exact", dir.resolve("validate/valid.jsonl").toString(), "--json")
        .doesNotContain("--quiet");
    assertThat(got.at("/definitions/resources/0").asString()).isEqualTo("pipes_subprocess_client");
    assertThat(strings(got.at("/definitions/assets"))).containsExactly("validate", "exact", "near");
  }

  @Test
  void airflowTasksAndEdgesFollowThePipelineAndTheLastLineIsJson() throws Exception {
    Path p = pipeline();
    Path dag = dir.resolve("dags/assay_dag.py");
    CliHarness r = CliHarness.run("export", "airflow", p.toString(), "--out-file", dag.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    // ASSAY_BIN (read when the DAG file is imported): a launcher of this build's CLI
    Path launcher = dir.resolve("assay-test-launcher");
    String java = ProcessHandle.current().info().command().orElse("java");
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Files.writeString(launcher, "#!/bin/sh\nexec '" + java + "' -cp '" + classpath + "' dev.assay.cli.Main \"$@\"\n");
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwx------"));
    JsonNode got = inspect("airflow", dag, launcher.toString());
    List<String> tasks = new ArrayList<>();
    got.path("tasks").forEach(t -> tasks.add(t.path("task_id").asString()));
    assertThat(tasks).containsExactly("validate", "exact", "near");
    List<String> edges = new ArrayList<>();
    got.path("edges").forEach(e -> edges.add(e.get(0).asString() + ">>" + e.get(1).asString()));
    assertThat(edges).containsExactlyInAnyOrder("validate>>exact", "validate>>near");
    assertThat(got.at("/tasks/0/do_xcom_push").asBoolean()).isTrue();

    // the validate task's own shell command, as Airflow's BashOperator runs it
    String bash = got.at("/tasks/0/bash_command").asString();
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", bash).redirectError(dir.resolve("task.err").toFile());
    Process proc = pb.start();
    String stdout = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(proc.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(proc.exitValue()).as(Files.readString(dir.resolve("task.err"))).isZero();
    String[] lines = stdout.strip().split("\n");
    JsonNode xcom = Json.MAPPER.readTree(lines[lines.length - 1]);
    assertThat(xcom.path("valid").asLong()).isEqualTo(3);
  }

  @Test
  void theKubernetesVariantRunsTheImageWithThePipelineFolderMounted() throws Exception {
    Path p = pipeline();
    Path dag = dir.resolve("k8s_dag.py");
    CliHarness r = CliHarness.run("export", "airflow", p.toString(), "--image", "assay:0.1.0", "--pvc", "evals", "--out-file", dag.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode got = inspect("airflow", dag);
    JsonNode t = got.path("tasks").get(1);
    assertThat(t.path("operator").asString()).isEqualTo("KubernetesPodOperator");
    assertThat(t.path("image").asString()).isEqualTo("assay:0.1.0");
    assertThat(strings(t.path("arguments"))).contains("/work/validate/valid.jsonl").noneMatch(a -> a.startsWith(dir.toString()));
    assertThat(strings(t.path("volume_mount_paths"))).containsExactly("/work");
    assertThat(Files.readString(dag)).contains("claim_name='evals'");
  }

  @Test
  void aModuleMustBeAPythonFile() throws Exception {
    CliHarness r = CliHarness.run("export", "dagster", pipeline().toString(), "--out-file", dir.resolve("defs.txt").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("name it *.py");
  }

  private JsonNode inspect(String kind, Path module) throws Exception {
    return inspect(kind, module, null);
  }

  private JsonNode inspect(String kind, Path module, String assayBin) throws Exception {
    Path script = dir.resolve("inspect_exports.py");
    try (InputStream in = getClass().getResourceAsStream("/orchestrators/inspect_exports.py")) {
      Files.write(script, in.readAllBytes());
    }
    ProcessBuilder pb = new ProcessBuilder("python3", script.toString(), kind, module.toString()).redirectError(dir.resolve("inspect.err").toFile());
    if (assayBin != null) {
      pb.environment().put("ASSAY_BIN", assayBin);
    } else {
      pb.environment().remove("ASSAY_BIN");
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("inspect.err")) + "\n" + Files.readString(module)).isZero();
    return Json.MAPPER.readTree(out);
  }

  private static List<String> strings(JsonNode a) {
    List<String> s = new ArrayList<>();
    a.forEach(x -> s.add(x.asString()));
    return s;
  }
}
