package dev.assay.cli;

import dev.assay.core.io.Json;
import java.io.PrintWriter;

/**
 * Prints machine-readable results: exactly one JSON object per command on stdout.
 *
 * <pre>{@code
 * JsonOutput.print(spec.commandLine().getOut(), Map.of("valid", 10));
 * }</pre>
 */
public final class JsonOutput {
  private JsonOutput() {}

  /** Writes {@code value} as one line of JSON and flushes. */
  public static void print(PrintWriter out, Object value) {
    out.println(Json.MAPPER.writeValueAsString(value));
    out.flush();
  }
}
