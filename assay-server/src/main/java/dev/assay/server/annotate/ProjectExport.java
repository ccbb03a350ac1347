package dev.assay.server.annotate;

import dev.assay.core.io.Json;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams a project's annotations out as JSON Lines or Label Studio task JSON, row by row from one
 * query (memory stays flat however many there are).
 *
 * <p>JSON Lines: {@code {"item_id", "instruction", "output_a", "output_b", ..., "annotator", "label",
 * "preference", "shown_first", "reason", "seconds", "annotated_at"}} (with {@code gold} on gold items and
 * {@code adjudicated}, {@code adjudicated_by} on settled ones), where {@code preference} is
 * AlpacaEval's 1 (a), 2 (b) or 1.5 (tie), so the file feeds {@code leaderboard --human} and
 * {@code reward train} directly. Label Studio: one task per item ({@code data} = the item) with one
 * annotation per annotator whose {@code result} is a {@code choices} value on {@code preference}.
 *
 * <pre>{@code
 * ProjectExport.write(db, project, ExportFormat.JSONL, response.getOutputStream());
 * }</pre>
 */
public final class ProjectExport {
  private ProjectExport() {}

  /** Writes every annotation of the project to {@code out} in {@code format} (items decided, for preference pairs). */
  public static long write(Database db, dev.assay.server.project.Project project, ExportFormat format, OutputStream out) {
    long projectId = project.id();
    boolean pairwise = project.pairwise();
    if (format == ExportFormat.PREFERENCE_PAIRS) {
      return preferencePairs(db, projectId, out);
    }
    return db.read(c -> {
      long n = 0;
      try (var ps = Sql.prepare(c, "SELECT i.id, i.external_id, i.payload, u.name, an.label, a.swapped, an.reason, an.seconds, an.created_at,"
          + " i.gold, d.label, du.name FROM annotations an JOIN items i ON i.id = an.item_id JOIN users u ON u.id = an.user_id"
          + " JOIN assignments a ON a.id = an.assignment_id LEFT JOIN adjudications d ON d.item_id = i.id"
          + " LEFT JOIN users du ON du.id = d.user_id WHERE an.project_id = ? ORDER BY i.id, an.id", projectId);
          var rs = ps.executeQuery()) {
        if (format == ExportFormat.LABEL_STUDIO) {
          out.write('[');
        }
        long currentItem = -1;
        ObjectNode task = null;
        while (rs.next()) {
          n++;
          JsonNode item = Json.MAPPER.readTree(rs.getString(3));
          String stored = rs.getString(5);
          boolean swapped = rs.getInt(6) == 1;
          String reason = rs.getString(7);
          double seconds = rs.getDouble(8);
          boolean noSeconds = rs.wasNull();
          if (format == ExportFormat.JSONL) {
            ObjectNode o = ((ObjectNode) item).deepCopy();
            o.remove("id");
            ObjectNode line = Json.MAPPER.createObjectNode();
            line.put("item_id", rs.getString(2));
            line.setAll(o);
            line.put("annotator", rs.getString(4));
            if (pairwise) {
              line.put("label", stored);
              line.put("preference", stored.equals("a") ? 1.0 : stored.equals("b") ? 2.0 : 1.5);
              line.put("shown_first", swapped ? "b" : "a");
            } else {
              line.put("score", Integer.parseInt(stored));
            }
            line.put("reason", reason);
            if (noSeconds) {
              line.putNull("seconds");
            } else {
              line.put("seconds", seconds);
            }
            line.put("annotated_at", rs.getString(9));
            if (rs.getString(10) != null) {
              line.put("gold", rs.getString(10));
            }
            if (rs.getString(11) != null) {
              line.put("adjudicated", rs.getString(11));
              line.put("adjudicated_by", rs.getString(12));
            }
            out.write((Json.MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
          } else {
            long itemKey = rs.getLong(1);
            if (itemKey != currentItem) {
              if (task != null) {
                out.write((Json.MAPPER.writeValueAsString(task) + ",\n").getBytes(StandardCharsets.UTF_8));
              }
              task = Json.MAPPER.createObjectNode();
              task.put("id", itemKey);
              task.set("data", item);
              task.putArray("annotations");
              currentItem = itemKey;
            }
            ObjectNode ann = ((ArrayNode) task.get("annotations")).addObject();
            ann.put("completed_by", rs.getString(4));
            ann.put("created_at", rs.getString(9));
            if (!noSeconds) {
              ann.put("lead_time", seconds);
            }
            ObjectNode r = ann.putArray("result").addObject();
            if (pairwise) {
              r.put("from_name", "preference");
              r.put("to_name", "pair");
              r.put("type", "choices");
              r.putObject("value").putArray("choices").add(stored);
              ann.putObject("meta").put("shown_first", swapped ? "b" : "a").put("reason", reason);
            } else {
              r.put("from_name", "score");
              r.put("to_name", "output");
              r.put("type", "rating");
              r.putObject("value").put("rating", Integer.parseInt(stored));
              ann.putObject("meta").put("reason", reason);
            }
          }
        }
        if (format == ExportFormat.LABEL_STUDIO) {
          if (task != null) {
            out.write(Json.MAPPER.writeValueAsString(task).getBytes(StandardCharsets.UTF_8));
          }
          out.write("]\n".getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("writing the export: " + e.getMessage(), e);
      }
      return n;
    });
  }

  /** The decided items as preference pairs, one line each; returns the lines written. */
  static long preferencePairs(Database db, long projectId, OutputStream out) {
    return db.read(c -> {
      long n = 0;
      try (var ps = Sql.prepare(c, "SELECT i.id, i.external_id, i.payload, an.label, d.label FROM annotations an"
          + " JOIN items i ON i.id = an.item_id LEFT JOIN adjudications d ON d.item_id = i.id WHERE an.project_id = ?"
          + " ORDER BY i.id", projectId); var rs = ps.executeQuery()) {
        long current = -1;
        String external = null;
        String payload = null;
        String adjudicated = null;
        long[] votes = new long[3];
        while (true) {
          boolean more = rs.next();
          if (!more || rs.getLong(1) != current) {
            if (current != -1 && writePair(out, external, payload, votes, adjudicated)) {
              n++;
            }
            if (!more) {
              break;
            }
            current = rs.getLong(1);
            external = rs.getString(2);
            payload = rs.getString(3);
            adjudicated = rs.getString(5);
            votes = new long[3];
          }
          votes[PairLabel.of(rs.getString(4)).code()]++;
        }
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("writing the export: " + e.getMessage(), e);
      }
      return n;
    });
  }

  private static boolean writePair(OutputStream out, String id, String payload, long[] votes, String adjudicated) throws IOException {
    String winner;
    String decidedBy;
    if (adjudicated != null) {
      winner = adjudicated;
      decidedBy = "adjudication";
    } else {
      winner = votes[0] > votes[1] && votes[0] > votes[2] ? "a" : votes[1] > votes[0] && votes[1] > votes[2] ? "b" : "tie";
      decidedBy = "majority";
    }
    if (winner.equals("tie")) {
      return false;
    }
    JsonNode item = Json.MAPPER.readTree(payload);
    ObjectNode line = Json.MAPPER.createObjectNode();
    line.put("id", id);
    line.put("prompt", item.path("instruction").asString());
    line.put("chosen", item.path(winner.equals("a") ? "output_a" : "output_b").asString());
    line.put("rejected", item.path(winner.equals("a") ? "output_b" : "output_a").asString());
    line.putObject("votes").put("a", votes[0]).put("b", votes[1]).put("tie", votes[2]);
    line.put("decided_by", decidedBy);
    out.write((Json.MAPPER.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8));
    return true;
  }
}
