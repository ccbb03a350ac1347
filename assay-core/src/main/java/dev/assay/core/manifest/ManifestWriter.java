package dev.assay.core.manifest;

import dev.assay.core.io.OutputFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads {@code manifest.json}: snake_case keys in declaration order, indented, UTF-8.
 *
 * <pre>{@code
 * ManifestWriter.write(manifest, outDir.resolve("manifest.json"));
 * String json = ManifestWriter.toJson(manifest);
 * }</pre>
 */
public final class ManifestWriter {
  static final JsonMapper MAPPER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private ManifestWriter() {}

  /** The manifest as indented JSON. */
  public static String toJson(RunManifest m) {
    return MAPPER.writeValueAsString(m) + "\n";
  }

  /** Writes the manifest to {@code path}. */
  public static void write(RunManifest m, Path path) {
    try (OutputStream out = OutputFiles.create(path)) {
      out.write(toJson(m).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot write manifest: " + e.getMessage(), e);
    }
  }

  /**
   * Writes the manifest with command-specific top-level fields after the standard ones (for
   * example {@code model_calls} and {@code cache_hits} of a judge run); readers of format version
   * 1 ignore them.
   */
  public static void write(RunManifest m, Map<String, Object> extra, Path path) {
    tools.jackson.databind.node.ObjectNode tree = MAPPER.valueToTree(m);
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      tree.set(e.getKey(), MAPPER.valueToTree(e.getValue()));
    }
    writeJson(tree, path);
  }

  /** Writes any JSON-able value (a report) the same way: snake_case, indented, UTF-8. */
  public static void writeJson(Object value, Path path) {
    try (OutputStream out = OutputFiles.create(path)) {
      out.write((MAPPER.writeValueAsString(value) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** Reads a manifest written by this version. */
  public static RunManifest read(Path path) {
    return MAPPER.readValue(path.toFile(), RunManifest.class);
  }
}
