package dev.assay.core.manifest;

import java.util.List;
import java.util.Map;

/**
 * How a result was made: the provenance record written as {@code manifest.json} beside every
 * command's outputs. Its shape is versioned by {@link #FORMAT_VERSION}; a golden-file test pins it,
 * so it changes only with a version bump.
 *
 * <pre>{@code
 * RunManifest m = RunManifest.builder("validate", args).input(in).component(c).count("valid", 10).build();
 * ManifestWriter.write(m, outDir.resolve("manifest.json"));
 * }</pre>
 *
 * @param formatVersion the manifest format version
 * @param tool name, version and git commit of Assay
 * @param environment JVM, OS, architecture, processors, heap
 * @param command the subcommand run
 * @param arguments the exact arguments, as given
 * @param components every component with its configuration (schema, checks, judges ...)
 * @param inputs each input with path, sha256 and record count
 * @param outputs each output with path, sha256 and record count
 * @param seeds every random seed used, by name
 * @param startedAt ISO-8601 UTC start time
 * @param finishedAt ISO-8601 UTC end time
 * @param durationMs wall-clock duration
 * @param timings wall-clock milliseconds per phase
 * @param counts counts in and out; they reconcile (e.g. records_in = valid + quarantined)
 * @param status how the run ended (ok, data_rejected, incomplete, unjudged_rows, failed)
 * @param warnings things a reader should know (e.g. a truncated input)
 */
@dev.assay.core.run.Doc(
    value = "How a result was made; commands may add top-level fields of their own (a judge run's model_calls, cost_usd ...)",
    open = true)
public record RunManifest(
    int formatVersion,
    ToolInfo tool,
    Environment environment,
    String command,
    List<String> arguments,
    List<Component> components,
    List<FileEntry> inputs,
    List<FileEntry> outputs,
    Map<String, Long> seeds,
    String startedAt,
    String finishedAt,
    long durationMs,
    Map<String, Long> timings,
    Map<String, Long> counts,
    dev.assay.core.run.RunStatus status,
    List<String> warnings) {

  /** The current manifest format; bump it (and the golden file) whenever the shape changes. */
  public static final int FORMAT_VERSION = 1;

  public RunManifest {
    arguments = List.copyOf(arguments);
    components = List.copyOf(components);
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
    seeds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(seeds));
    timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
    counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    warnings = List.copyOf(warnings);
  }

  /** Starts a manifest for {@code command} run with {@code arguments}; the clock starts now. */
  public static ManifestBuilder builder(String command, List<String> arguments) {
    return new ManifestBuilder(command, arguments);
  }

  /** The machine and runtime a run used. */
  public record Environment(
      String javaVersion,
      String javaVendor,
      String osName,
      String osVersion,
      String osArch,
      int availableProcessors,
      long maxHeapBytes) {

    /** This JVM's environment. */
    public static Environment current() {
      return new Environment(
          System.getProperty("java.version"),
          System.getProperty("java.vendor"),
          System.getProperty("os.name"),
          System.getProperty("os.version"),
          System.getProperty("os.arch"),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory());
    }
  }

  /**
   * A component (schema, check, judge, metric) and its full configuration, keys sorted so that the
   * same configuration always serialises the same way.
   */
  public record Component(String type, String name, Map<String, Object> config) {
    public Component {
      config = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(config));
    }
  }

  /**
   * An input or output file: path as given, SHA-256 of its stored bytes, size, format and records.
   */
  public record FileEntry(String role, String path, String sha256, long bytes, String format, long records) {}
}
