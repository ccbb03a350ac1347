package dev.assay.core.io;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one shared, strict JSON mapper of Assay, and helpers to turn parse failures into sentences.
 * Strict means: one value per input (trailing tokens fail), duplicate keys fail, and numbers keep
 * their exact decimal value.
 *
 * <pre>{@code
 * JsonNode node = Json.MAPPER.readTree(bytes);
 * String pretty = Json.PRETTY.writeValueAsString(node);
 * }</pre>
 */
public final class Json {
  /** Strict reader and compact writer. */
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** Like {@link #MAPPER} but for reading values one after another from a shared parser. */
  public static final JsonMapper STREAMING =
      MAPPER.rebuild().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** Indented writer for files people read (manifests, reports). */
  public static final JsonMapper PRETTY =
      MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Json() {}

  /**
   * Parses one record's bytes, returning it as an {@link InputRecord} that carries either the value
   * or a sentence naming the column and what went wrong.
   */
  public static InputRecord parseRecord(String source, long line, byte[] raw) {
    int bad = Utf8.firstInvalidOffset(raw);
    if (bad >= 0) {
      return InputRecord.failed(
          source,
          line,
          raw,
          String.format(
              "%s:%d: invalid UTF-8 at byte %d of the line (byte 0x%02X); the record is kept"
                  + " verbatim in raw_base64",
              source, line, bad + 1, raw[bad] & 0xFF));
    }
    try {
      JsonNode node = MAPPER.readTree(raw);
      if (node == null || node.isMissingNode()) {
        return InputRecord.failed(source, line, raw, source + ":" + line + ": no JSON value");
      }
      return InputRecord.ok(source, line, raw, node);
    } catch (JacksonException e) {
      return InputRecord.failed(source, line, raw, describe(source, line, e));
    }
  }

  /** A one-line description of a Jackson failure at {@code source:line[:column]}. */
  public static String describe(String source, long line, JacksonException e) {
    TokenStreamLocation loc = e.getLocation();
    String where = source + ":" + line;
    if (loc != null && loc.getColumnNr() > 0) {
      where += ":" + loc.getColumnNr();
    }
    String msg = e.getOriginalMessage();
    if (msg == null) {
      msg = e.getClass().getSimpleName();
    }
    int nl = msg.indexOf('\n');
    if (nl >= 0) {
      msg = msg.substring(0, nl);
    }
    return where + ": malformed JSON: " + msg;
  }
}
