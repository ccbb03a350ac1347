package dev.assay.report.gate;

import dev.assay.core.AssayInputException;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.run.JsonSchemas;
import dev.assay.core.run.JudgmentRow;
import dev.assay.core.run.RunContract;
import dev.assay.core.run.RunFileKind;
import dev.assay.core.run.RunJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a run folder for the gate through the run-file contracts: {@code manifest.json} first (its
 * format version must be the one this Assay reads), then every contract file the manifest's command
 * wrote ({@link RunFileKind#forFile}). The first document becomes the run's top-level fields,
 * other documents sit under their kind ({@code gate_results.outcome}), rows files give their row
 * count ({@code judgments.rows}). A file that does not fit its contract (typically written by an
 * older Assay) makes the folder unreadable with a message naming the file, the field, the contract
 * version this Assay reads and the Assay version that wrote the run; it is never guessed around.
 *
 * <pre>{@code
 * RunView v = RunLoader.load(Path.of("out/leaderboard"));
 * if (!v.readable()) System.err.println(v.error());
 * }</pre>
 */
public final class RunLoader {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private RunLoader() {}

  /** Reads {@code dir}; never throws for a bad folder (the reason is in {@link RunView#error()}). */
  public static RunView load(Path dir) {
    String name = dir.toAbsolutePath().normalize().getFileName().toString();
    Path mf = dir.resolve(RunFileKind.MANIFEST.fileName());
    JsonNode manifest;
    try {
      manifest = RunJson.READER.readTree(mf.toFile());
    } catch (JacksonException e) {
      return RunView.failed(name, dir, null, mf + ": not valid JSON (" + e.getOriginalMessage().split("\n")[0] + ")");
    } catch (RuntimeException e) {
      return RunView.failed(name, dir, null, mf + ": cannot read: " + e.getMessage());
    }
    String command = manifest.path("command").asString(null);
    String wroteBy = wroteBy(manifest);
    int format = manifest.path("format_version").asInt(-1);
    if (format != RunManifest.FORMAT_VERSION) {
      return RunView.failed(name, dir, command, mf + ": manifest format version " + (format < 0 ? "missing" : format)
          + ", but this Assay reads version " + RunManifest.FORMAT_VERSION + " (the run was written by " + wroteBy
          + "): rerun the step with this Assay, or gate it with the Assay that wrote it");
    }
    try {
      ContractCheck.require(RunFileKind.MANIFEST, manifest, mf);
      RunFileKind.MANIFEST.contract(RunManifest.class).fromJson(manifest, mf.toString());
      return read(name, dir, command, manifest);
    } catch (AssayInputException e) {
      return RunView.failed(name, dir, command, e.getMessage() + "; the run was written by " + wroteBy
          + " and does not fit the contract this Assay reads (an older contract version?): rerun the step with this Assay");
    } catch (IOException | RuntimeException e) {
      return RunView.failed(name, dir, command, dir + ": cannot read: " + e.getMessage());
    }
  }

  private static RunView read(String name, Path dir, String command, JsonNode manifest) throws IOException {
    ObjectNode data = F.objectNode();
    ObjectNode schema = F.objectNode().put("type", "object");
    ObjectNode props = schema.putObject("properties");
    ObjectNode defs = schema.putObject("$defs");
    Map<String, String> notes = new HashMap<>();
    JudgeItems items = null;
    boolean haveMain = false;
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      RunFileKind kind = RunFileKind.forFile(command, f.getFileName().toString()).orElse(null);
      if (kind == null || kind == RunFileKind.MANIFEST) {
        continue;
      }
      String key = kind.id().replace('-', '_');
      if (kind.shape() == RunFileKind.Shape.DOCUMENT) {
        JsonNode doc = readDocument(kind, kind.type(), f);
        ObjectNode ks = JsonSchemas.of(kind);
        mergeDefs(defs, ks);
        if (!haveMain && doc.isObject()) {
          haveMain = true;
          ((ObjectNode) doc).properties().forEach(e -> data.set(e.getKey(), e.getValue()));
          ks.path("properties").properties().forEach(e -> props.set(e.getKey(), e.getValue()));
          derive(kind, data, notes);
        } else {
          data.set(key, doc);
          props.set(key, body(ks));
        }
      } else if (kind == RunFileKind.JUDGMENTS) {
        List<JudgmentRow> rows = kind.contract(JudgmentRow.class).readRows(f);
        data.putObject(key).put("rows", rows.size());
        items = JudgeItems.of(rows);
      } else {
        long[] n = {0};
        kind.contract(kind.type()).forEachRow(f, r -> n[0]++);
        data.putObject(key).put("rows", n[0]);
      }
    }
    if (items != null && !haveMain) {
      items.derive(data, notes);
    }
    DerivedFields.manifestCounts(data, manifest.path("counts"), notes);
    data.set("manifest", manifest);
    ObjectNode ms = JsonSchemas.of(RunFileKind.MANIFEST);
    mergeDefs(defs, ms);
    props.set("manifest", body(ms));
    return new RunView(name, dir, command, data, SchemaCursor.root(schema), notes, items, null);
  }

  private static <T> JsonNode readDocument(RunFileKind kind, Class<T> type, Path f) {
    RunContract<T> c = kind.contract(type);
    JsonNode tree;
    try {
      tree = RunJson.READER.readTree(f.toFile());
    } catch (JacksonException e) {
      throw new AssayInputException(f + ": not valid JSON (" + e.getOriginalMessage().split("\n")[0] + ")", e);
    }
    ContractCheck.require(kind, tree, f);
    return c.toJson(c.fromJson(tree, f.toString()));
  }

  private static void derive(RunFileKind kind, ObjectNode data, Map<String, String> notes) {
    switch (kind) {
      case QA_REPORT -> DerivedFields.qa(data, notes);
      case LEADERBOARD -> DerivedFields.leaderboard(data, notes);
      case REWARD_METRICS -> DerivedFields.reward(data, notes);
      default -> { }
    }
  }

  private static void mergeDefs(ObjectNode defs, ObjectNode kindSchema) {
    kindSchema.path("$defs").properties().forEach(e -> defs.set(e.getKey(), e.getValue()));
  }

  /** A kind's schema without its document-level keywords, to sit under a property. */
  private static ObjectNode body(ObjectNode kindSchema) {
    ObjectNode b = kindSchema.deepCopy();
    for (String k : new String[] {"$schema", "$id", "$defs", "title"}) {
      b.remove(k);
    }
    return b;
  }

  private static String wroteBy(JsonNode manifest) {
    JsonNode t = manifest.path("tool");
    String v = t.path("version").asString("an unknown version");
    String c = t.path("git_commit").asString("");
    return "assay " + v + (c.isEmpty() ? "" : " (commit " + c.substring(0, Math.min(12, c.length())) + ")");
  }
}
