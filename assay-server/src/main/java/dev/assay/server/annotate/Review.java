package dev.assay.server.annotate;

import dev.assay.core.AssayInputException;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review side of a project: skips (an annotator passes an item with a reason; it goes back to
 * the pool for others), gold items (an item imported with {@code "gold": "a"|"b"|"tie"} is a
 * honeypot; each annotator's accuracy on them is measured), and the disagreement queue, where a
 * lead settles an item whose labels differ; the decision is stored with who, when and why.
 *
 * <pre>{@code
 * review.skip(projectId, userId, "q3", "I cannot read the code in answer b");
 * review.adjudicate(projectId, leadId, "q7", "b", "a is wrong about the date");
 * }</pre>
 */
public final class Review {
  private final Database db;

  /**
   * An item the annotators disagreed on.
   *
   * @param itemId the item, as imported
   * @param instruction its instruction
   * @param labels annotator name to label
   */
  public record Disagreement(String itemId, String instruction, Map<String, String> labels) {}

  public Review(Database db) {
    this.db = db;
  }

  /** Passes the caller's open assignment of {@code itemId}; the item is handed to someone else. */
  public void skip(long projectId, long userId, String itemId, String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw new AssayInputException("reason: say why you skip (1-1000 characters)");
    }
    int n = db.write(c -> {
      Optional<long[]> a = Sql.one(c, "SELECT a.id, a.item_id, a.qualifying FROM assignments a JOIN items i ON i.id = a.item_id"
          + " WHERE a.project_id = ? AND a.user_id = ? AND i.external_id = ? AND a.done_at IS NULL",
          rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}, projectId, userId, itemId);
      if (a.isEmpty()) {
        return 0;
      }
      Sql.update(c, "UPDATE assignments SET done_at = ?, skip_reason = ? WHERE id = ?", Instant.now().toString(), reason.strip(), a.get()[0]);
      if (a.get()[2] == 0) { // a qualification item never took a place of the overlap
        Sql.update(c, "UPDATE items SET assigned = assigned - 1 WHERE id = ?", a.get()[1]);
      }
      return 1;
    });
    if (n == 0) {
      throw new Annotations.Refused(Annotations.Refusal.NOT_ASSIGNED, "item '" + itemId + "' is not open for you (nothing to skip)");
    }
  }

  /** Items with two or more labels that differ and no adjudication yet, oldest first. */
  public List<Disagreement> disagreements(long projectId, int limit) {
    Map<Long, Object[]> items = new LinkedHashMap<>();
    db.read(c -> {
      try (var ps = Sql.prepare(c, "SELECT i.id, i.external_id, i.payload, u.name, an.label FROM annotations an JOIN items i ON i.id = an.item_id"
          + " JOIN users u ON u.id = an.user_id WHERE an.project_id = ? AND NOT EXISTS (SELECT 1 FROM adjudications d WHERE d.item_id = i.id)"
          + " ORDER BY i.id, u.name", projectId); var rs = ps.executeQuery()) {
        while (rs.next()) {
          Object[] it = items.computeIfAbsent(rs.getLong(1), k -> new Object[3]);
          it[0] = rs.getString(2);
          it[1] = rs.getString(3);
          @SuppressWarnings("unchecked")
          Map<String, String> labels = it[2] == null ? new LinkedHashMap<>() : (Map<String, String>) it[2];
          labels.put(rs.getString(4), rs.getString(5));
          it[2] = labels;
        }
      }
      return null;
    });
    List<Disagreement> out = new ArrayList<>();
    for (Object[] it : items.values()) {
      @SuppressWarnings("unchecked")
      Map<String, String> labels = (Map<String, String>) it[2];
      if (labels.size() >= 2 && labels.values().stream().distinct().count() > 1) {
        out.add(new Disagreement((String) it[0], dev.assay.core.io.Json.MAPPER.readTree((String) it[1]).path("instruction").asString(),
            labels));
        if (out.size() >= limit) {
          break;
        }
      }
    }
    return out;
  }

  /** Stores (or replaces) a lead's decision on an item. */
  public void adjudicate(long projectId, long leadId, String itemId, String label, String reason) {
    String now = Instant.now().toString();
    db.write(c -> {
      Optional<Long> item = Sql.one(c, "SELECT id FROM items WHERE project_id = ? AND external_id = ?", rs -> rs.getLong(1), projectId, itemId);
      if (item.isEmpty()) {
        throw new Annotations.Refused(Annotations.Refusal.NO_SUCH_ITEM, "no item '" + itemId + "' in this project");
      }
      if (Sql.update(c, "UPDATE adjudications SET user_id = ?, label = ?, reason = ?, created_at = ? WHERE item_id = ?", leadId,
          label, reason, now, item.get()) == 0) {
        Sql.update(c, "INSERT INTO adjudications (item_id, project_id, user_id, label, reason, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            item.get(), projectId, leadId, label, reason, now);
      }
      return null;
    });
  }

  /** Per annotator: gold items labelled and how many matched the gold answer. */
  public Map<String, long[]> goldAccuracy(long projectId) {
    Map<String, long[]> out = new LinkedHashMap<>();
    db.read(c -> {
      for (Object[] r : Sql.list(c, "SELECT u.name, COUNT(*), SUM(CASE WHEN an.label = i.gold THEN 1 ELSE 0 END) FROM annotations an"
          + " JOIN items i ON i.id = an.item_id JOIN users u ON u.id = an.user_id WHERE an.project_id = ? AND i.gold IS NOT NULL"
          + " GROUP BY u.name ORDER BY u.name", rs -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)}, projectId)) {
        out.put((String) r[0], new long[] {(Long) r[1], (Long) r[2]});
      }
      return null;
    });
    return out;
  }

  /** Skips per reason. */
  public Map<String, Long> skips(long projectId) {
    Map<String, Long> out = new LinkedHashMap<>();
    db.read(c -> {
      for (Object[] r : Sql.list(c, "SELECT skip_reason, COUNT(*) FROM assignments WHERE project_id = ? AND skip_reason IS NOT NULL"
          + " GROUP BY skip_reason ORDER BY COUNT(*) DESC", rs -> new Object[] {rs.getString(1), rs.getLong(2)}, projectId)) {
        out.put((String) r[0], (Long) r[1]);
      }
      return null;
    });
    return out;
  }
}
