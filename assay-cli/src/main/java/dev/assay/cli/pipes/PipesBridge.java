package dev.assay.cli.pipes;

import dev.assay.core.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import tools.jackson.databind.JsonNode;

/**
 * Runs one Assay command under Dagster Pipes when Dagster launched the process (the
 * environment holds {@code DAGSTER_PIPES_CONTEXT}); otherwise runs it unchanged. After the
 * command, the run folder it wrote ({@code --out DIR}) is reported as the step's asset
 * materialization, with metadata from its contract files (the manifest's status, counts,
 * outputs and duration; a leaderboard's win rates) and the outputs' SHA-256 as the data version;
 * each assertion of a gate run ({@code gate.json}) is reported as an asset check with its
 * severity. A failing command closes the session with its exit code, so Dagster marks the step
 * failed with Assay's message.
 *
 * <pre>{@code
 * System.exit(PipesBridge.around(System.getenv(), args, () -> Main.run(args)));
 * }</pre>
 */
public final class PipesBridge {
  private PipesBridge() {}

  /** Runs {@code command} (returning an exit code), speaking Pipes when {@code env} asks for it. */
  public static int around(Map<String, String> env, String[] args, IntSupplier command) {
    Optional<DagsterPipes> session;
    try {
      session = DagsterPipes.fromEnvironment(env);
    } catch (PipesException e) {
      System.err.println("assay: Dagster Pipes: " + e.getMessage());
      return 70;
    }
    if (session.isEmpty()) {
      return command.getAsInt();
    }
    DagsterPipes pipes = session.get();
    int exit;
    try {
      pipes.log("INFO", "assay " + String.join(" ", args));
      exit = command.getAsInt();
      Path out = outFolder(args);
      String asset = pipes.assetKey().orElse(null);
      if (out != null && asset != null && Files.isRegularFile(out.resolve("manifest.json"))) {
        report(pipes, asset, out);
      } else if (asset == null) {
        pipes.log("WARNING", "the step targets " + pipes.assetKeys().size() + " assets; Assay reports a materialization only for one");
      }
    } catch (RuntimeException e) {
      pipes.closeWithError(e.getClass().getSimpleName(), "assay: " + e.getMessage());
      throw e;
    }
    if (exit == 0 || exit == 1) {
      pipes.close();   // 1 = data rejected or a gate failed: a result Dagster shows, not a crash
    } else {
      pipes.closeWithError("AssayExit" + exit, "assay exited with code " + exit + (exit == 2 ? " (bad usage or input)" : " (internal error)"));
    }
    return exit;
  }

  /** The value of {@code --out}/{@code -o} among {@code args}, or null. */
  static Path outFolder(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ((a.equals("--out") || a.equals("-o")) && i + 1 < args.length) {
        return Path.of(args[i + 1]);
      }
      if (a.startsWith("--out=")) {
        return Path.of(a.substring("--out=".length()));
      }
    }
    return null;
  }

  private static void report(DagsterPipes pipes, String asset, Path out) {
    JsonNode manifest = readJson(out.resolve("manifest.json"));
    Map<String, JsonNode> meta = new LinkedHashMap<>();
    meta.put("command", PipesMetadata.text(manifest.path("command").asString("")));
    meta.put("status", PipesMetadata.text(manifest.path("status").asString("")));
    meta.put("run_folder", PipesMetadata.path(out.toAbsolutePath().normalize().toString()));
    meta.put("duration_ms", PipesMetadata.integer(manifest.path("duration_ms").asLong(0)));
    meta.put("assay_version", PipesMetadata.text(manifest.path("tool").path("version").asString("")));
    manifest.path("counts").properties().forEach(e -> meta.put(e.getKey(), PipesMetadata.integer(e.getValue().asLong())));
    meta.put("outputs", PipesMetadata.json(manifest.path("outputs")));
    JsonNode board = out.resolve("leaderboard.json").toFile().isFile() && "leaderboard".equals(manifest.path("command").asString(""))
        ? readJson(out.resolve("leaderboard.json")) : null;
    if (board != null) {
      for (JsonNode m : board.path("models")) {
        JsonNode v = m.path("vs_baseline");
        if (v.isObject() && v.path("win_rate").isNumber()) {
          meta.put("win_rate/" + m.path("model").asString(), PipesMetadata.number(v.path("win_rate").asDouble()));
          meta.put("win_rate_lower/" + m.path("model").asString(),
              PipesMetadata.number(v.path("win_rate_interval").path("lower").asDouble(Double.NaN)));
        }
      }
    }
    pipes.reportMaterialization(asset, meta, dataVersion(manifest.path("outputs")));
    Path gate = out.resolve("gate.json");
    if (Files.isRegularFile(gate)) {
      for (JsonNode a : readJson(gate).path("assertions")) {
        String outcome = a.path("outcome").asString("error").toLowerCase(java.util.Locale.ROOT);
        DagsterPipes.Severity severity = "warn".equalsIgnoreCase(a.path("severity").asString("error"))
            ? DagsterPipes.Severity.WARN : DagsterPipes.Severity.ERROR;
        Map<String, JsonNode> m = new LinkedHashMap<>();
        m.put("expression", PipesMetadata.text(a.path("expression").asString("")));
        m.put("outcome", PipesMetadata.text(outcome));
        m.put("actual", a.path("actual").isNumber() ? PipesMetadata.number(a.path("actual").asDouble()) : PipesMetadata.number(Double.NaN));
        m.put("threshold", PipesMetadata.number(a.path("threshold").asDouble(Double.NaN)));
        m.put("message", PipesMetadata.text(a.path("message").asString("")));
        pipes.reportCheck(asset, checkName(a.path("expression").asString("assertion")), "pass".equals(outcome), severity, m);
      }
    }
  }

  /** A Dagster check name (letters, digits, underscores) for an assertion. */
  public static String checkName(String expression) {
    String n = expression.toLowerCase(java.util.Locale.ROOT)
        .replace("<=", " le ").replace(">=", " ge ").replace("==", " eq ").replace("!=", " ne ")
        .replace("<", " lt ").replace(">", " gt ")
        .replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return n.isEmpty() ? "assertion" : n;
  }

  /** SHA-256 over the outputs' own SHA-256 values, in order: changes exactly when an output does. */
  static String dataVersion(JsonNode outputs) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      for (JsonNode o : outputs) {
        d.update((o.path("role").asString("") + "=" + o.path("sha256").asString("") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(d.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode readJson(Path file) {
    try {
      return Json.MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new PipesException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
