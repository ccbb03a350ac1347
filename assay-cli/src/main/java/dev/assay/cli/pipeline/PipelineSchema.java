package dev.assay.cli.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of pipeline files, as bundled ({@code pipeline.schema.json}) and
 * printed by {@code assay run --schema}; docs/pipeline.schema.json is the same text (a test keeps
 * them equal). Editors validate {@code pipeline.yaml} with it; the runner's own checks say the same
 * with {@code file:line}.
 *
 * <pre>{@code
 * String schema = PipelineSchema.json();
 * }</pre>
 */
public final class PipelineSchema {
  private PipelineSchema() {}

  /** The schema's text. */
  public static String json() {
    try (InputStream in = PipelineSchema.class.getResourceAsStream("pipeline.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("pipeline.schema.json is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
