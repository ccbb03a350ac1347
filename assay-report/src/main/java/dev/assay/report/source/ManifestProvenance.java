package dev.assay.report.source;

import dev.assay.report.model.RunProvenance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * A run's provenance for the report footer, read from its {@code manifest.json}: tool version and
 * commit, command, start time, inputs with hashes and counts, components with their settings, and
 * seeds.
 *
 * <pre>{@code
 * RunProvenance p = ManifestProvenance.of(Path.of("out/judge"), manifest);
 * }</pre>
 */
public final class ManifestProvenance {
  private ManifestProvenance() {}

  /** The provenance of {@code runDir}. */
  public static RunProvenance of(Path runDir, JsonNode manifest) {
    JsonNode tool = manifest.path("tool");
    String commit = tool.path("git_commit").asString("");
    String version = tool.path("version").asString("unknown")
        + (commit.isEmpty() ? "" : " (" + commit.substring(0, Math.min(12, commit.length())) + ")");
    List<RunProvenance.Input> inputs = new ArrayList<>();
    for (JsonNode i : manifest.path("inputs")) {
      inputs.add(new RunProvenance.Input(i.path("path").asString(""), i.path("sha256").asString(""), RunFiles.count(i, "records", -1)));
    }
    Map<String, String> components = new LinkedHashMap<>();
    for (JsonNode c : manifest.path("components")) {
      String name = c.path("type").asString("component") + " " + c.path("name").asString("");
      String key = name;
      for (int n = 2; components.containsKey(key); n++) {
        key = name + " (" + n + ")";
      }
      components.put(key, settings(c.path("config")));
    }
    Map<String, Long> seeds = new TreeMap<>();
    manifest.path("seeds").properties().forEach(e -> seeds.put(e.getKey(), e.getValue().asLong()));
    return new RunProvenance(runDir.toString(), manifest.path("command").asString("unknown"), version,
        manifest.path("started_at").asString(""), inputs, components, seeds);
  }

  /** A component's configuration as "key=value, key=value" (nested values as compact JSON). */
  static String settings(JsonNode config) {
    List<String> parts = new ArrayList<>();
    config.properties().forEach(e -> {
      JsonNode v = e.getValue();
      parts.add(e.getKey() + "=" + (v.isValueNode() ? v.asString() : v.toString()));
    });
    return String.join(", ", parts);
  }
}
