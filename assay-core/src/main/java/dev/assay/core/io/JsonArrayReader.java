package dev.assay.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Streams the elements of a top-level JSON array (a single top-level object counts as one record),
 * one element in memory at a time. Each element's line is the line where it starts. JSON arrays
 * cannot be resynchronised after a syntax error, so a malformed file yields the elements before
 * the error and then one failed record naming the place; the summary marks the input as truncated.
 *
 * <pre>{@code
 * try (DatasetReader r = new JsonArrayReader("annotations.json", in, true)) { ... }
 * }</pre>
 */
public final class JsonArrayReader implements DatasetReader {
  private final String source;
  private final InputStream in;
  private final boolean compressed;
  private JsonParser parser;
  private boolean started;
  private boolean done;
  private boolean singleObject;
  private long records;
  private String truncation;

  public JsonArrayReader(String source, InputStream in, boolean compressed) {
    this.source = source;
    this.in = in;
    this.compressed = compressed;
  }

  @Override
  public InputRecord next() {
    if (done) {
      return null;
    }
    long line = 1;
    try {
      if (!started) {
        started = true;
        parser = Json.STREAMING.createParser(in);
        JsonToken first = parser.nextToken();
        if (first == null) {
          done = true;
          return null;
        }
        if (first == JsonToken.START_OBJECT) {
          singleObject = true;
          return element(parser.currentTokenLocation().getLineNr());
        }
        if (first != JsonToken.START_ARRAY) {
          done = true;
          return fail(
              parser.currentTokenLocation().getLineNr(),
              "expected a JSON array of records (or one object), found " + first.asString());
        }
      }
      if (singleObject) {
        done = true;
        if (parser.nextToken() != null) {
          return fail(parser.currentTokenLocation().getLineNr(), "unexpected content after the object");
        }
        return null;
      }
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_ARRAY) {
        done = true;
        if (parser.nextToken() != null) {
          return fail(parser.currentTokenLocation().getLineNr(), "unexpected content after the array");
        }
        return null;
      }
      if (t == null) {
        done = true;
        return fail(parser.currentTokenLocation().getLineNr(), "the array is not closed (file truncated?)");
      }
      line = parser.currentTokenLocation().getLineNr();
      return element(line);
    } catch (JacksonException e) {
      done = true;
      long at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : line;
      String msg = Json.describe(source, at, e);
      truncation = msg;
      records++;
      return InputRecord.failed(
          source, at, new byte[0], msg + "; elements after this point could not be read");
    }
  }

  private InputRecord element(long line) {
    JsonNode node = Json.STREAMING.readTree(parser);
    records++;
    return InputRecord.ok(source, line, Json.MAPPER.writeValueAsBytes(node), node);
  }

  private InputRecord fail(long line, String what) {
    records++;
    truncation = source + ":" + line + ": " + what;
    return InputRecord.failed(source, line, new byte[0], truncation);
  }

  @Override
  public ReadSummary summary() {
    long bytes = parser == null ? 0 : parser.currentLocation().getByteOffset();
    return new ReadSummary(source, "json", compressed, records, 0, Math.max(bytes, 0), truncation);
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
