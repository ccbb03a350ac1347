package dev.assay.server.project;

import dev.assay.core.io.Json;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports pairwise items from a JSON Lines stream, {@code {"id", "instruction", "output_a",
 * "output_b", ...}} per line (other fields are kept with the item and exported again; {@code
 * "gold": "a"|"b"|"tie"} makes it a gold item, whose right answer measures annotators). Lines are
 * stored in transactions of {@link #BATCH}; an id the project holds already is counted as a
 * duplicate and left as it was, so an interrupted import runs again without doubling anything.
 * Every line ends in exactly one count: imported, duplicate, quarantined (with its line number and
 * the reason) or blank.
 *
 * <pre>{@code
 * ItemImport.Result r = ItemImport.run(db, projectId, request.getInputStream());
 * r.imported();
 * }</pre>
 */
public final class ItemImport {
  /** Lines per transaction. */
  public static final int BATCH = 2000;
  /** Quarantined lines listed in the result (all are counted). */
  public static final int LISTED = 20;
  private static final int MAX_LINE = 8 * 1024 * 1024;

  private ItemImport() {}

  /**
   * What an import did.
   *
   * @param lines lines read (blank ones included)
   * @param imported items stored
   * @param duplicates lines whose id the project holds already
   * @param quarantined lines that are not items, {@code errors} lists the first
   * @param blank blank lines
   * @param errors the first quarantined lines: {@code line} and {@code error}
   */
  public record Result(long lines, long imported, long duplicates, long quarantined, long blank, List<Map<String, Object>> errors) {
    public Result {
      errors = List.copyOf(errors);
    }
  }

  /** Reads {@code body} to its end and stores its items in project {@code projectId}. */
  public static Result run(Database db, long projectId, InputStream body) {
    return run(db, projectId, body, ProjectKind.PAIRWISE);
  }

  /** As {@link #run(Database, long, InputStream)} for a project of {@code kind} (Likert items: {@code output}). */
  public static Result run(Database db, long projectId, InputStream body, ProjectKind kind) {
    Tally t = new Tally(db, projectId, "line");
    long lines = 0;
    try {
      java.io.BufferedInputStream in = new java.io.BufferedInputStream(body, 64 * 1024);
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      int state;
      while ((state = readLine(in, line)) != EOF) {
        lines++;
        byte[] bytes = line.toByteArray();
        if (state == TOO_LONG) {
          t.quarantine(lines, "line longer than " + MAX_LINE + " bytes");
        } else if (isBlank(bytes)) {
          t.blank++;
        } else {
          t.take(lines, parse(bytes, kind));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the request body: " + e.getMessage(), e);
    }
    return t.result(lines);
  }

  /**
   * Reads a JSON array body ({@code alpaca-eval} or {@code label-studio}, see {@link ImportFormat})
   * element by element (the body is never held whole) and stores its items as {@link #run} does;
   * {@code lines} counts the elements. A syntax error stops the read there: the items before it are
   * stored and the error names the element.
   */
  public static Result runArray(Database db, long projectId, InputStream body, ImportFormat format, ProjectKind kind) {
    Tally t = new Tally(db, projectId, "element");
    long elements = 0;
    try (tools.jackson.core.JsonParser p = Json.MAPPER.createParser(body)) {
      if (p.nextToken() != tools.jackson.core.JsonToken.START_ARRAY) {
        throw new dev.assay.core.AssayInputException("a " + format.wire() + " body is a JSON array of "
            + (format == ImportFormat.ALPACA_EVAL ? "annotations" : "tasks") + ", found " + p.currentToken());
      }
      while (true) {
        JsonNode element;
        boolean counted = false;
        try {
          tools.jackson.core.JsonToken token = p.nextToken();
          if (token == null || token == tools.jackson.core.JsonToken.END_ARRAY) {
            break;
          }
          elements++;
          counted = true;
          element = p.readValueAsTree();
        } catch (JacksonException e) {
          // the element that broke: the one being read, or the next one when its start did not parse
          t.quarantine(counted ? elements : elements + 1, "not valid JSON (" + e.getOriginalMessage() + "); the rest of the body was not read");
          break;
        }
        t.take(elements, check(format.toItem(element), kind));
      }
    } catch (JacksonException e) {
      throw new dev.assay.core.AssayInputException("not a JSON array: " + e.getOriginalMessage(), e);
    }
    return t.result(elements);
  }

  /** The counts of one import, its first errors, and the batch waiting to be stored. */
  private static final class Tally {
    private final Database db;
    private final long projectId;
    private final String unit;
    private final List<Map<String, Object>> errors = new ArrayList<>();
    private final List<String[]> batch = new ArrayList<>(BATCH);
    private long imported;
    private long duplicates;
    private long quarantined;
    long blank;

    Tally(Database db, long projectId, String unit) {
      this.db = db;
      this.projectId = projectId;
      this.unit = unit;
    }

    /** A parsed line or element: a row to store, or the reason it is not one. */
    void take(long at, Object parsed) {
      if (parsed instanceof String why) {
        quarantine(at, why);
        return;
      }
      batch.add((String[]) parsed);
      if (batch.size() == BATCH) {
        flush();
      }
    }

    void quarantine(long at, String why) {
      quarantined++;
      if (errors.size() < LISTED) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("line", at);
        e.put("error", unit + " " + at + ": " + why);
        errors.add(e);
      }
    }

    private void flush() {
      if (!batch.isEmpty()) {
        long stored = store(db, projectId, batch);
        imported += stored;
        duplicates += batch.size() - stored;
        batch.clear();
      }
    }

    Result result(long lines) {
      flush();
      return new Result(lines, imported, duplicates, quarantined, blank, errors);
    }
  }

  private static long store(Database db, long projectId, List<String[]> rows) {
    String now = Instant.now().toString();
    return db.write(c -> {
      long n = 0;
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO items (project_id, external_id, payload, gold, assigned, created_at)"
          + " VALUES (?, ?, ?, ?, 0, ?) ON CONFLICT (project_id, external_id) DO NOTHING")) {
        for (String[] r : rows) {
          ps.setLong(1, projectId);
          ps.setString(2, r[0]);
          ps.setString(3, r[1]);
          ps.setString(4, r[2]);
          ps.setString(5, now);
          ps.addBatch();
        }
        for (int k : ps.executeBatch()) {
          n += k > 0 ? 1 : 0;
        }
      }
      return n;
    });
  }

  /** {external_id, payload} or the reason the line is not an item. */
  private static Object parse(byte[] bytes, ProjectKind kind) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return "not valid UTF-8";
    }
    JsonNode v;
    try {
      v = Json.MAPPER.readTree(text);
    } catch (JacksonException e) {
      return "not valid JSON: " + e.getOriginalMessage();
    }
    return check(v, kind);
  }

  /** {external_id, payload, gold} of an item, or the reason it is not one. */
  private static Object check(JsonNode v, ProjectKind kind) {
    if (v != null && v.isString()) {
      return v.asString();
    }
    if (!(v instanceof ObjectNode o)) {
      return kind == ProjectKind.LIKERT ? "expected a JSON object {\"id\", \"instruction\", \"output\"}"
          : "expected a JSON object {\"id\", \"instruction\", \"output_a\", \"output_b\"}";
    }
    JsonNode id = o.get("id");
    if (id == null || !(id.isString() || id.isIntegralNumber()) || id.asString().isBlank()) {
      return "field 'id': expected a non-empty string or integer";
    }
    for (String f : kind == ProjectKind.LIKERT ? List.of("instruction", "output") : List.of("instruction", "output_a", "output_b")) {
      JsonNode x = o.get(f);
      if (x == null || !x.isString()) {
        return "field '" + f + "': expected a string, found " + (x == null ? "nothing" : x.getNodeType().name().toLowerCase());
      }
    }
    JsonNode gold = o.get("gold");
    String g = null;
    if (gold != null && !gold.isNull() && kind != ProjectKind.PAIRWISE) {
      return "field 'gold': gold items are for pairwise projects";
    }
    if (gold != null && !gold.isNull()) {
      g = gold.isString() ? gold.asString().strip().toLowerCase(java.util.Locale.ROOT) : "";
      if (!g.equals("a") && !g.equals("b") && !g.equals("tie")) {
        return "field 'gold': expected \"a\", \"b\" or \"tie\" (the right answer of a gold item), found " + gold;
      }
    }
    return new String[] {id.asString(), Json.MAPPER.writeValueAsString(o), g};
  }

  private static final int EOF = -1;
  private static final int LINE = 0;
  private static final int TOO_LONG = 1;

  /** Reads one line (without its newline) into {@code out}: {@link #LINE}, {@link #TOO_LONG} (skipped to its end) or {@link #EOF}. */
  private static int readLine(java.io.BufferedInputStream in, ByteArrayOutputStream out) throws IOException {
    out.reset();
    boolean any = false;
    boolean tooLong = false;
    for (int b; (b = in.read()) >= 0; ) {
      any = true;
      if (b == '\n') {
        return tooLong ? TOO_LONG : LINE;
      }
      if (out.size() >= MAX_LINE) {
        tooLong = true;
        out.reset();
      }
      if (!tooLong) {
        out.write(b);
      }
    }
    return !any ? EOF : tooLong ? TOO_LONG : LINE;
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }
}
