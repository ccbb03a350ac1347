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
 * ProjectExport.write(db, projectId, ExportFormat.JSONL, response.getOutputStream());
 * }</pre>
 */
public final class ProjectExport {
  private ProjectExport() {}

  /** Writes every annotation of the project to {@code out} in {@code format}. */
  public static long write(Database db, long projectId, ExportFormat format, OutputStream out) {
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
          PairLabel label = PairLabel.of(rs.getString(5));
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
            line.put("label", label.wire());
            line.put("preference", label == PairLabel.A ? 1.0 : label == PairLabel.B ? 2.0 : 1.5);
            line.put("shown_first", swapped ? "b" : "a");
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
            r.put("from_name", "preference");
            r.put("to_name", "pair");
            r.put("type", "choices");
            r.putObject("value").putArray("choices").add(label.wire());
            ann.putObject("meta").put("shown_first", swapped ? "b" : "a").put("reason", reason);
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
}
