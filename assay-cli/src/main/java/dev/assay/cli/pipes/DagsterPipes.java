package dev.assay.cli.pipes;

import dev.assay.core.io.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The external side of the Dagster Pipes protocol (version {@value #PROTOCOL_VERSION}), spoken by
 * Assay itself when Dagster launches it: the bootstrap parameters come from the environment
 * ({@code DAGSTER_PIPES_CONTEXT}, {@code DAGSTER_PIPES_MESSAGES}, each base64 of zlib of JSON);
 * the context is read from the file named by its {@code path} or inline from {@code data};
 * messages ({@code opened}, {@code log}, {@code report_asset_materialization},
 * {@code report_asset_check}, {@code closed}) are written one JSON object per line to the file
 * named by {@code path}, or to {@code stdout}/{@code stderr} as {@code stdio} says.
 *
 * <pre>{@code
 * try (DagsterPipes pipes = DagsterPipes.fromEnvironment(System.getenv()).orElseThrow()) {
 *   pipes.log("INFO", "qa: 127 kept");
 *   pipes.reportMaterialization(pipes.assetKey(), Map.of("kept", PipesMetadata.integer(127)), "sha256:...");
 * }
 * }</pre>
 */
public final class DagsterPipes implements AutoCloseable {
  /** The protocol version this side speaks. */
  public static final String PROTOCOL_VERSION = "0.1";
  /** The environment variable holding the encoded context parameters. */
  public static final String CONTEXT_ENV = "DAGSTER_PIPES_CONTEXT";
  /** The environment variable holding the encoded message-writer parameters. */
  public static final String MESSAGES_ENV = "DAGSTER_PIPES_MESSAGES";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final JsonNode context;
  private final Channel channel;
  private boolean closed;

  private DagsterPipes(JsonNode context, Channel channel) {
    this.context = context;
    this.channel = channel;
    channel.write(message("opened", F.objectNode().set("extras", F.objectNode())));
  }

  /** A session when {@code env} holds a Pipes bootstrap; empty when Assay was not launched by Dagster. */
  public static Optional<DagsterPipes> fromEnvironment(Map<String, String> env) {
    String ctx = env.get(CONTEXT_ENV);
    if (ctx == null || ctx.isBlank()) {
      return Optional.empty();
    }
    String msgs = env.get(MESSAGES_ENV);
    if (msgs == null || msgs.isBlank()) {
      throw new PipesException(CONTEXT_ENV + " is set but " + MESSAGES_ENV + " is not: Dagster sets both");
    }
    JsonNode context = loadContext(decode(CONTEXT_ENV, ctx));
    return Optional.of(new DagsterPipes(context, Channel.open(decode(MESSAGES_ENV, msgs))));
  }

  private static JsonNode decode(String name, String value) {
    try {
      return PipesCodec.decode(value);
    } catch (PipesException e) {
      throw new PipesException(name + ": " + e.getMessage(), e);
    }
  }

  private static JsonNode loadContext(JsonNode params) {
    if (params.hasNonNull("path")) {
      Path file = Path.of(params.get("path").asString());
      try {
        return Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new PipesException(CONTEXT_ENV + ": cannot read the context file " + file + ": " + e.getMessage(), e);
      } catch (JacksonException e) {
        throw new PipesException(CONTEXT_ENV + ": the context file " + file + " is not JSON: " + e.getOriginalMessage(), e);
      }
    }
    if (params.has("data") && params.get("data").isObject()) {
      return params.get("data");
    }
    throw new PipesException(CONTEXT_ENV + ": expected the key \"path\" or \"data\", found " + params);
  }

  /** The asset keys Dagster launched this process for (empty when the step targets none). */
  public List<String> assetKeys() {
    List<String> keys = new ArrayList<>();
    context.path("asset_keys").forEach(k -> keys.add(k.asString()));
    return keys;
  }

  /** The one asset key in scope, or empty when there are none or several. */
  public Optional<String> assetKey() {
    List<String> keys = assetKeys();
    return keys.size() == 1 ? Optional.of(keys.get(0)) : Optional.empty();
  }

  /** Dagster's run id. */
  public String runId() {
    return context.path("run_id").asString("");
  }

  /** A user-provided extra, or null. */
  public JsonNode extra(String key) {
    JsonNode v = context.path("extras").get(key);
    return v == null || v.isNull() ? null : v;
  }

  /** A log line in Dagster's event log ({@code level}: DEBUG, INFO, WARNING, ERROR, CRITICAL). */
  public void log(String level, String text) {
    ObjectNode p = F.objectNode().put("message", text).put("level", level);
    send("log", p);
  }

  /** Reports that {@code assetKey} was materialized, with metadata and a data version. */
  public void reportMaterialization(String assetKey, Map<String, JsonNode> metadata, String dataVersion) {
    ObjectNode p = F.objectNode();
    p.put("asset_key", requireAsset(assetKey));
    p.put("data_version", dataVersion);
    p.set("metadata", metadata(metadata));
    send("report_asset_materialization", p);
  }

  /** Reports one asset check's result; {@code severity} is WARN or ERROR. */
  public void reportCheck(String assetKey, String checkName, boolean passed, Severity severity, Map<String, JsonNode> metadata) {
    ObjectNode p = F.objectNode();
    p.put("asset_key", requireAsset(assetKey));
    p.put("check_name", checkName);
    p.put("passed", passed);
    p.set("metadata", metadata(metadata));
    p.put("severity", severity.name());
    send("report_asset_check", p);
  }

  /** How serious a failed asset check is, in Dagster's words. */
  public enum Severity {
    /** A failed check warns. */
    WARN,
    /** A failed check is an error (blocking checks stop downstream assets). */
    ERROR
  }

  /** Closes the session with an error Dagster shows for the step. */
  public void closeWithError(String name, String text) {
    if (!closed) {
      ObjectNode exc = F.objectNode().put("message", text).put("name", name);
      exc.set("stack", F.arrayNode());
      exc.putNull("cause");
      exc.putNull("context");
      channel.write(message("closed", F.objectNode().set("exception", exc)));
      closed = true;
      channel.close();
    }
  }

  @Override
  public void close() {
    if (!closed) {
      channel.write(message("closed", F.objectNode()));
      closed = true;
      channel.close();
    }
  }

  private String requireAsset(String key) {
    List<String> keys = assetKeys();
    if (key == null || (!keys.isEmpty() && !keys.contains(key))) {
      throw new PipesException("asset key '" + key + "' is not one of the step's assets " + keys);
    }
    return key;
  }

  private static ObjectNode metadata(Map<String, JsonNode> metadata) {
    ObjectNode m = F.objectNode();
    metadata.forEach(m::set);
    return m;
  }

  private void send(String method, ObjectNode params) {
    if (closed) {
      throw new PipesException("cannot send '" + method + "' after the Pipes session closed");
    }
    channel.write(message(method, params));
  }

  private static ObjectNode message(String method, ObjectNode params) {
    ObjectNode m = F.objectNode();
    m.put("__dagster_pipes_version", PROTOCOL_VERSION);
    m.put("method", method);
    m.set("params", params);
    return m;
  }

  /** Where messages go: a file (appended, one line each) or a standard stream. */
  private record Channel(Path file, PrintStream stream) {
    static Channel open(JsonNode params) {
      if (params.hasNonNull("path")) {
        return new Channel(Path.of(params.get("path").asString()), null);
      }
      String stdio = params.hasNonNull("stdio") ? params.get("stdio").asString()
          : params.hasNonNull("buffered_stdio") ? params.get("buffered_stdio").asString() : null;
      if ("stdout".equals(stdio)) {
        return new Channel(null, System.out);
      }
      if ("stderr".equals(stdio)) {
        return new Channel(null, System.err);
      }
      throw new PipesException(MESSAGES_ENV + ": expected the key \"path\" or \"stdio\" (stdout or stderr), found " + params);
    }

    void write(ObjectNode message) {
      String line = message.toString() + "\n";
      if (file != null) {
        try {
          Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
          throw new UncheckedIOException(MESSAGES_ENV + ": cannot write to " + file + ": " + e.getMessage(), e);
        }
      } else {
        synchronized (stream) {
          stream.print(line);
          stream.flush();
        }
      }
    }

    void close() {
      if (stream != null) {
        stream.flush();
      }
    }
  }
}
