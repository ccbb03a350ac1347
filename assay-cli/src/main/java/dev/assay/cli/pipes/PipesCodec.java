package dev.assay.cli.pipes;

import dev.assay.core.io.Json;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The encoding Dagster Pipes uses for its bootstrap parameters ({@code DAGSTER_PIPES_CONTEXT},
 * {@code DAGSTER_PIPES_MESSAGES}): JSON, compressed with zlib, then base64.
 *
 * <pre>{@code
 * JsonNode params = PipesCodec.decode(System.getenv("DAGSTER_PIPES_MESSAGES"));   // {"path": "/tmp/messages"}
 * String back = PipesCodec.encode(params);
 * }</pre>
 */
public final class PipesCodec {
  private PipesCodec() {}

  /** base64(zlib(json)) of {@code value}. */
  public static String encode(JsonNode value) {
    byte[] json = value.toString().getBytes(StandardCharsets.UTF_8);
    Deflater deflater = new Deflater();
    deflater.setInput(json);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    while (!deflater.finished()) {
      out.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    return Base64.getEncoder().encodeToString(out.toByteArray());
  }

  /** The JSON value of an encoded parameter; a malformed one is a {@link PipesException} saying which step failed. */
  public static JsonNode decode(String encoded) {
    byte[] compressed;
    try {
      compressed = Base64.getDecoder().decode(encoded.strip());
    } catch (IllegalArgumentException e) {
      throw new PipesException("not base64: " + e.getMessage(), e);
    }
    Inflater inflater = new Inflater();
    inflater.setInput(compressed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new PipesException("truncated zlib data");
        }
        out.write(buf, 0, n);
      }
    } catch (DataFormatException e) {
      throw new PipesException("not zlib data: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
    try {
      return Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      throw new PipesException("not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
