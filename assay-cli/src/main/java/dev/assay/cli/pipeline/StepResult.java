package dev.assay.cli.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * What happened to one step (or, in a dry run, what would happen): its status, why, and where its
 * output and log are.
 *
 * <pre>{@code
 * new StepResult("qa", "qa", StepStatus.CACHED, "", null, 0, Path.of("/p/qa"), null, List.of());
 * }</pre>
 *
 * @param name the step
 * @param command its command words
 * @param status ran, cached, failed or skipped (in a dry run: ran means "would run")
 * @param reason why it ran, failed or was skipped ({@code ""} when cached)
 * @param exitCode the command's exit code when it ran, else null
 * @param durationMs how long the step took (hashing included)
 * @param out its output folder or file, or null
 * @param log the file holding the command's stdout and stderr when it ran, else null
 * @param argv the arguments it ran (or would run) with
 */
public record StepResult(String name, String command, StepStatus status, String reason, Integer exitCode, long durationMs,
    Path out, Path log, List<String> argv) {
  public StepResult {
    argv = List.copyOf(argv);
  }

  /** The result as a JSON-ready map ({@code status} lowercase; {@code plan} instead in a dry run). */
  public Map<String, Object> toJson(boolean dryRun) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("command", command);
    if (dryRun) {
      m.put("plan", status == StepStatus.RAN ? "would run" : status.label());
    } else {
      m.put("status", status.label());
    }
    m.put("reason", reason);
    if (exitCode != null) {
      m.put("exit_code", exitCode);
    }
    m.put("duration_ms", durationMs);
    if (out != null) {
      m.put("out", out.toString());
    }
    if (log != null) {
      m.put("log", log.toString());
    }
    return m;
  }
}
