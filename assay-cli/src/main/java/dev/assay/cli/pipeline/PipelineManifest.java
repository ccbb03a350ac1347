package dev.assay.cli.pipeline;

import dev.assay.core.manifest.Sha256;
import dev.assay.core.manifest.ToolInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The pipeline run's manifest, {@code .assay-run/manifest.json}: the pipeline file and its hash, the
 * tool, when the run started and finished, and for each step its status, reason, arguments, output,
 * log, lock entry, and the {@code manifest.json} of its run folder embedded as it is (the run that
 * made the output, also for a cached step).
 *
 * <pre>{@code
 * Path m = PipelineManifest.write(pipeline, outcome, startedAt);
 * }</pre>
 */
final class PipelineManifest {
  /** The manifest's format version. */
  static final int VERSION = 1;

  private PipelineManifest() {}

  static Path write(Pipeline pipeline, PipelineOutcome outcome, String startedAt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", "pipeline-run");
    m.put("version", VERSION);
    m.put("pipeline", pipeline.file().toString());
    m.put("pipeline_sha256", Sha256.of(pipeline.file()));
    ToolInfo t = ToolInfo.current();
    m.put("tool", Map.of("name", t.name(), "version", t.version(), "git_commit", t.gitCommit()));
    m.put("started_at", startedAt);
    m.put("finished_at", Instant.now().toString());
    m.put("duration_ms", outcome.durationMs());
    m.put("status", outcome.firstFailure().isPresent() ? "failed" : "succeeded");
    LockFile lock = LockFile.read(pipeline.lockFile());
    List<Map<String, Object>> steps = outcome.steps().stream().map(s -> {
      Map<String, Object> step = s.toJson(false);
      step.put("argv", s.argv());
      lock.entry(s.name()).ifPresent(e -> step.put("lock", e));
      JsonNode runManifest = runManifest(s.out());
      if (runManifest != null) {
        step.put("manifest", runManifest);
      }
      return step;
    }).toList();
    m.put("steps", steps);
    Path file = pipeline.stateDir().resolve("manifest.json");
    LockFile.writeAtomically(file, LockFile.JSON.writeValueAsBytes(m));
    return file;
  }

  private static JsonNode runManifest(Path out) {
    if (out == null) {
      return null;
    }
    Path f = Files.isDirectory(out) ? out.resolve("manifest.json") : null;
    if (f == null || !Files.isRegularFile(f)) {
      return null;
    }
    try {
      return LockFile.JSON.readTree(f.toFile());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
