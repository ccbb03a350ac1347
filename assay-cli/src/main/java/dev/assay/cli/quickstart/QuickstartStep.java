package dev.assay.cli.quickstart;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of the quickstart: its name, the line printed for it, the folder it wrote (with its own
 * {@code manifest.json} when a command ran), and its counts for {@code --json}.
 *
 * <pre>{@code
 * new QuickstartStep("validate", "139 records -> 135 valid, 4 quarantined", out.resolve("validate"), Map.of("valid", 135L));
 * }</pre>
 *
 * @param name the step ({@code validate}, {@code qa}, {@code pairs}, {@code judge}, ...)
 * @param line what it did, in one line with its counts
 * @param output the folder or file it wrote
 * @param counts its counts and results, JSON-ready
 * @param durationMs how long it took
 */
public record QuickstartStep(String name, String line, Path output, Map<String, Object> counts, long durationMs) {
  public QuickstartStep {
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }

  /** A step whose duration is not known yet. */
  public QuickstartStep(String name, String line, Path output, Map<String, Object> counts) {
    this(name, line, output, counts, 0);
  }

  /** The same step, taking {@code ms}. */
  public QuickstartStep withDuration(long ms) {
    return new QuickstartStep(name, line, output, counts, ms);
  }

  /** The step as one JSON-ready map: name, output and counts. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("step", name);
    m.put("output", output.toString());
    m.putAll(counts);
    return m;
  }
}
