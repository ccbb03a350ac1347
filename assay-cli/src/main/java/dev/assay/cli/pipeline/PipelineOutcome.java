package dev.assay.cli.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pipeline run's result: every step's result in run order, and where the lock file and the
 * pipeline manifest are.
 *
 * <pre>{@code
 * PipelineOutcome o = new PipelineRunner(Main::commandLine, r -> {}).run(Path.of("pipeline.yaml"), RunOptions.defaults());
 * o.count(StepStatus.CACHED);
 * }</pre>
 *
 * @param pipeline the pipeline file
 * @param steps every step, in run order
 * @param dryRun true when nothing ran
 * @param lock the lock file
 * @param manifest the pipeline manifest (null in a dry run)
 * @param durationMs the run's wall time
 */
public record PipelineOutcome(Path pipeline, List<StepResult> steps, boolean dryRun, Path lock, Path manifest, long durationMs) {
  public PipelineOutcome {
    steps = List.copyOf(steps);
  }

  /** How many steps have {@code status}. */
  public long count(StepStatus status) {
    return steps.stream().filter(s -> s.status() == status).count();
  }

  /** The first failed step, if any. */
  public Optional<StepResult> firstFailure() {
    return steps.stream().filter(s -> s.status() == StepStatus.FAILED).findFirst();
  }

  /** The outcome as one JSON-ready map: {@code steps} with each status, counts, lock and manifest. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pipeline", pipeline.toString());
    m.put("dry_run", dryRun);
    m.put("status", firstFailure().isPresent() ? "failed" : "succeeded");
    m.put("steps", steps.stream().map(s -> s.toJson(dryRun)).toList());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (StepStatus s : StepStatus.values()) {
      counts.put(dryRun && s == StepStatus.RAN ? "would_run" : s.label(), count(s));
    }
    m.put("counts", counts);
    m.put("lock", lock.toString());
    if (manifest != null) {
      m.put("manifest", manifest.toString());
    }
    m.put("duration_ms", durationMs);
    return m;
  }
}
