package dev.assay.server.annotate;

import dev.assay.core.AssayInputException;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores annotations: one per item and annotator, only on an item assigned to that annotator, in
 * one transaction with the assignment marked done, committed before the server answers 201.
 * {@link #undo} takes the caller's last annotation back and reopens its assignment.
 *
 * <pre>{@code
 * Annotations.Saved s = annotations.save(projectId, userId, "q17", "a", "more complete", 12.5);
 * }</pre>
 */
public final class Annotations {
  private final Database db;

  /** Why an annotation was refused. */
  public enum Refusal {
    /** The item is not in the project (or not visible to the caller). */
    NO_SUCH_ITEM,
    /** The item was never assigned to the caller. */
    NOT_ASSIGNED,
    /** The caller annotated it already (undo first). */
    ALREADY_ANNOTATED
  }

  /** A refused annotation. */
  public static final class Refused extends RuntimeException {
    private final Refusal reason;

    Refused(Refusal reason, String message) {
      super(message);
      this.reason = reason;
    }

    public Refusal reason() {
      return reason;
    }
  }

  /**
   * A stored annotation.
   *
   * @param id its id
   * @param itemId the item, as imported
   * @param label the label as stored (pairwise: in item terms)
   * @param swapped whether the caller saw output_b first
   * @param createdAt when it was committed
   */
  public record Saved(long id, String itemId, String label, boolean swapped, String createdAt) {}

  public Annotations(Database db) {
    this.db = db;
  }

  /** Stores the caller's label for {@code itemId}; {@link Refused} says why not. */
  public Saved save(long projectId, long userId, String itemId, String label, String reason, Double seconds) {
    if (reason != null && reason.length() > 4000) {
      throw new AssayInputException("reason: at most 4000 characters");
    }
    if (seconds != null && (seconds < 0 || seconds.isNaN() || seconds > 86400)) {
      throw new AssayInputException("seconds: expected the time spent, 0-86400");
    }
    String now = Instant.now().toString();
    return db.write(c -> {
      // One look-up: the item, and the caller's assignment of it if any (a.id 0 when none).
      Optional<long[]> row = Sql.one(c, "SELECT i.id, COALESCE(a.id, 0), COALESCE(a.swapped, 0),"
          + " CASE WHEN a.done_at IS NULL THEN 0 ELSE 1 END, CASE WHEN a.skip_reason IS NULL THEN 0 ELSE 1 END"
          + " FROM items i LEFT JOIN assignments a ON a.item_id = i.id AND a.user_id = ? WHERE i.project_id = ? AND i.external_id = ?",
          rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}, userId, projectId, itemId);
      if (row.isEmpty()) {
        throw new Refused(Refusal.NO_SUCH_ITEM, "no item '" + itemId + "' in this project");
      }
      Optional<Long> item = Optional.of(row.get()[0]);
      Optional<long[]> a = row.get()[1] == 0 ? Optional.empty()
          : Optional.of(new long[] {row.get()[1], row.get()[2], row.get()[3], row.get()[4]});
      if (a.isEmpty()) {
        throw new Refused(Refusal.NOT_ASSIGNED, "item '" + itemId + "' is not assigned to you (GET .../next hands out items)");
      }
      if (a.get()[3] == 1) {
        throw new Refused(Refusal.NOT_ASSIGNED, "you skipped item '" + itemId + "'; it went to someone else");
      }
      if (a.get()[2] == 1) {
        throw new Refused(Refusal.ALREADY_ANNOTATED, "you annotated item '" + itemId + "' already (DELETE .../annotations/mine to undo)");
      }
      long id = Sql.insert(c, "INSERT INTO annotations (project_id, item_id, user_id, assignment_id, label, reason, seconds, created_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", projectId, item.get(), userId, a.get()[0], label, reason, seconds, now);
      Sql.update(c, "UPDATE assignments SET done_at = ? WHERE id = ?", now, a.get()[0]);
      dev.assay.server.hooks.Webhooks.afterLabel(c, projectId, item.get()); // the events commit with the label
      return new Saved(id, itemId, label, a.get()[1] == 1, now);
    });
  }

  /** Takes back the caller's annotation of {@code itemId} (their last one when null); returns the item undone. */
  public Optional<String> undo(long projectId, long userId, String itemId) {
    return db.write(c -> {
      Optional<Object[]> last = Sql.one(c, "SELECT an.id, an.assignment_id, i.external_id FROM annotations an JOIN items i ON i.id = an.item_id"
          + " WHERE an.project_id = ? AND an.user_id = ?" + (itemId == null ? "" : " AND i.external_id = ?") + " ORDER BY an.id DESC LIMIT 1",
          rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)},
          itemId == null ? new Object[] {projectId, userId} : new Object[] {projectId, userId, itemId});
      if (last.isEmpty()) {
        return Optional.<String>empty();
      }
      Sql.update(c, "DELETE FROM annotations WHERE id = ?", last.get()[0]);
      Sql.update(c, "UPDATE assignments SET done_at = NULL WHERE id = ?", last.get()[1]);
      return Optional.of((String) last.get()[2]);
    });
  }
}
