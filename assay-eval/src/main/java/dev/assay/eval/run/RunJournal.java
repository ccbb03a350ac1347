package dev.assay.eval.run;

import dev.assay.core.io.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The append-only result file of a resumable run: one JSON object per finished item, keyed by its
 * {@code id}. Each line is handed to the operating system as soon as the item finishes, so a
 * process killed at any moment (even {@code kill -9}) keeps every finished item; a line cut off
 * by the kill is detected and dropped when the journal is reopened.
 *
 * <pre>{@code
 * try (RunJournal journal = RunJournal.open(dir.resolve("judgments.jsonl"))) {
 *   if (!journal.contains("q1")) journal.append(result);   // result has "id": "q1"
 * }
 * }</pre>
 */
public final class RunJournal implements AutoCloseable {

  private final Path path;
  private final Map<String, ObjectNode> finished;
  private final FileChannel channel;
  private final long droppedBytes;

  private RunJournal(Path path, Map<String, ObjectNode> finished, FileChannel channel, long dropped) {
    this.path = path;
    this.finished = finished;
    this.channel = channel;
    this.droppedBytes = dropped;
  }

  /**
   * Opens (or creates) the journal at {@code path}, reading the items finished by earlier runs.
   * A last line without its newline or not parsing as a JSON object with an {@code id} is the
   * trace of a killed run: it is truncated away (its item will simply run again).
   */
  public static RunJournal open(Path path) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Map<String, ObjectNode> finished = new LinkedHashMap<>();
      long keep = 0;
      long size = 0;
      if (Files.exists(path)) {
        byte[] bytes = Files.readAllBytes(path);
        size = bytes.length;
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
          if (bytes[i] != '\n') {
            continue;
          }
          ObjectNode line = parse(bytes, start, i);
          if (line == null) {
            break; // a damaged line: keep what precedes it, rerun the rest
          }
          finished.put(key(line.get("id")), line);
          start = i + 1;
          keep = start;
        }
      }
      FileChannel channel =
          FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      channel.truncate(keep);
      channel.position(keep);
      return new RunJournal(path, finished, channel, size - keep);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the run journal " + path + ": " + e.getMessage(), e);
    }
  }

  private static ObjectNode parse(byte[] bytes, int from, int to) {
    try {
      JsonNode node = Json.MAPPER.readTree(new String(bytes, from, to - from, StandardCharsets.UTF_8));
      if (node instanceof ObjectNode o && o.hasNonNull("id")) {
        return o;
      }
      return null;
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Whether an item with this id finished in an earlier (or this) run. */
  public synchronized boolean contains(String id) {
    return finished.containsKey(id);
  }

  /**
   * Whether the item with this id finished from this very input: its line records {@code
   * input_sha256} equal to {@code inputSha256} (a line written before inputs were recorded counts as
   * matching). An item whose input changed since (same id, other content) must run again.
   */
  public synchronized boolean containsFor(String id, String inputSha256) {
    ObjectNode line = finished.get(id);
    if (line == null) {
      return false;
    }
    JsonNode recorded = line.get(INPUT_SHA256);
    return recorded == null || recorded.asString().equals(inputSha256);
  }

  /** The field of a journal line holding the SHA-256 of the input row it was made from. */
  public static final String INPUT_SHA256 = "input_sha256";

  /** The finished items, in the order they were written. */
  public synchronized Map<String, ObjectNode> finished() {
    return Map.copyOf(finished);
  }

  /** Number of finished items. */
  public synchronized int size() {
    return finished.size();
  }

  /** Bytes of a damaged tail that were dropped when the journal was opened (0 normally). */
  public long droppedBytes() {
    return droppedBytes;
  }

  /**
   * The journal key of an item id: the text of a string id, the JSON text of any other (so the
   * ids {@code 7} and {@code "7"} are the same item, as a user would expect).
   */
  public static String key(JsonNode id) {
    return id.isString() ? id.asString() : id.toString();
  }

  /** Appends one finished item; {@code result} must carry the item's {@code id}. */
  public synchronized void append(ObjectNode result) {
    if (!result.hasNonNull("id")) {
      throw new IllegalArgumentException("a journal line needs an id: " + result);
    }
    String id = key(result.get("id"));
    byte[] line = (Json.MAPPER.writeValueAsString(result) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to " + path + ": " + e.getMessage(), e);
    }
    finished.put(id, result);
  }

  public Path path() {
    return path;
  }

  /**
   * Rewrites the journal with its lines in {@code order} (keys), lines of unknown keys after
   * them, through a temporary file and an atomic rename, and closes the journal. Call once the
   * run is complete.
   */
  public synchronized void closeInOrder(Iterable<String> order) {
    Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
    Map<String, ObjectNode> rest = new LinkedHashMap<>(finished);
    StringBuilder text = new StringBuilder();
    for (String key : order) {
      ObjectNode line = rest.remove(key);
      if (line != null) {
        text.append(Json.MAPPER.writeValueAsString(line)).append('\n');
      }
    }
    for (ObjectNode line : rest.values()) {
      text.append(Json.MAPPER.writeValueAsString(line)).append('\n');
    }
    try {
      channel.close();
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rewrite " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
