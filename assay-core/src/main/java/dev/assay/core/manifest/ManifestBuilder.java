package dev.assay.core.manifest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a {@link RunManifest} while a command runs. Not thread-safe: one per run.
 *
 * <pre>{@code
 * ManifestBuilder b = RunManifest.builder("validate", List.of(args));
 * b.component("schema", "alpaca", Map.of("sha256", h));
 * b.input(Path.of("in.jsonl"), "jsonl", 120);
 * b.count("records_in", 120);
 * RunManifest m = b.build(dev.assay.core.run.RunStatus.OK);
 * }</pre>
 */
public final class ManifestBuilder {
  private final String command;
  private final List<String> arguments;
  private final Clock clock;
  private final Instant started;
  private final List<RunManifest.Component> components = new ArrayList<>();
  private final List<RunManifest.FileEntry> inputs = new ArrayList<>();
  private final List<RunManifest.FileEntry> outputs = new ArrayList<>();
  private final Map<String, Long> seeds = new LinkedHashMap<>();
  private final Map<String, Long> timings = new LinkedHashMap<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private final List<String> warnings = new ArrayList<>();

  ManifestBuilder(String command, List<String> arguments) {
    this(command, arguments, Clock.systemUTC());
  }

  /** A builder with an explicit clock (tests use a fixed one). */
  public ManifestBuilder(String command, List<String> arguments, Clock clock) {
    this.command = command;
    this.arguments = List.copyOf(arguments);
    this.clock = clock;
    this.started = clock.instant();
  }

  public ManifestBuilder component(String type, String name, Map<String, Object> config) {
    components.add(new RunManifest.Component(type, name, config));
    return this;
  }

  /** Records an input file, hashing it now. */
  public ManifestBuilder input(Path path, String format, long records) {
    inputs.add(entry("input", path, format, records, Sha256.of(path)));
    return this;
  }

  /** Records an input file whose hash is already known. */
  public ManifestBuilder input(Path path, String format, long records, String sha256) {
    inputs.add(entry("input", path, format, records, sha256));
    return this;
  }

  /** Records an output file under a role such as "valid" or "quarantine", hashing it now. */
  public ManifestBuilder output(String role, Path path, String format, long records) {
    outputs.add(entry(role, path, format, records, Sha256.of(path)));
    return this;
  }

  public ManifestBuilder seed(String name, long seed) {
    seeds.put(name, seed);
    return this;
  }

  public ManifestBuilder timing(String phase, long millis) {
    timings.put(phase, millis);
    return this;
  }

  public ManifestBuilder count(String name, long value) {
    counts.put(name, value);
    return this;
  }

  public ManifestBuilder warning(String warning) {
    warnings.add(warning);
    return this;
  }

  /** Finishes the manifest with the run's status; the clock stops now. */
  public RunManifest build(dev.assay.core.run.RunStatus status) {
    Instant finished = clock.instant();
    return new RunManifest(
        RunManifest.FORMAT_VERSION,
        ToolInfo.current(),
        RunManifest.Environment.current(),
        command,
        arguments,
        components,
        inputs,
        outputs,
        seeds,
        started.toString(),
        finished.toString(),
        finished.toEpochMilli() - started.toEpochMilli(),
        timings,
        counts,
        status,
        warnings);
  }

  private static RunManifest.FileEntry entry(String role, Path path, String format, long records, String sha) {
    long bytes;
    try {
      bytes = Files.size(path);
    } catch (java.io.IOException e) {
      bytes = -1;
    }
    return new RunManifest.FileEntry(role, path.toString(), sha, bytes, format, records);
  }
}
