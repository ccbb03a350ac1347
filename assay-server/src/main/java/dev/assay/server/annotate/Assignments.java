package dev.assay.server.annotate;

import dev.assay.core.io.Json;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out items: an annotator's open assignment first (so a reload shows the same item), else
 * the item with the fewest assignments that they have not seen, while it has fewer than the
 * project's overlap. The A/B order of each new assignment is drawn from the project's seed and
 * the assignment, and recorded.
 *
 * <p>Two annotators asking at once never push an item past its overlap: on SQLite handing out is
 * serialised per project in this process (one server owns the file); on PostgreSQL the chosen
 * item's row is locked and concurrent callers skip to the next one.
 *
 * <pre>{@code
 * Optional<Assignment> next = assignments.next(projectId, userId, overlap, seed);
 * }</pre>
 */
public final class Assignments {
  private final Database db;
  private final ConcurrentHashMap<Long, Object> locks = new ConcurrentHashMap<>();

  public Assignments(Database db) {
    this.db = db;
  }

  /** The caller's next item, or empty when the project has nothing left for them. */
  public Optional<Assignment> next(long projectId, long userId, int overlap, long seed) {
    Optional<Assignment> open = open(projectId, userId);
    if (open.isPresent()) {
      return open;
    }
    if (db.target().dialect() == dev.assay.server.db.Dialect.POSTGRESQL) {
      // PostgreSQL locks the chosen item's row; concurrent callers skip it and take the next one,
      // so handing out runs in parallel and commits group.
      return create(projectId, userId, overlap, seed, " FOR UPDATE OF i SKIP LOCKED");
    }
    synchronized (locks.computeIfAbsent(projectId, k -> new Object())) {
      return create(projectId, userId, overlap, seed, "");
    }
  }

  private Optional<Assignment> create(long projectId, long userId, int overlap, long seed, String lock) {
    return db.write(c -> {
      Optional<Object[]> pick = Sql.one(c, "SELECT i.id, i.external_id, i.payload FROM items i WHERE i.project_id = ? AND i.assigned < ?"
          + " AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.item_id = i.id AND a.user_id = ?)"
          + " ORDER BY i.assigned, i.id LIMIT 1" + lock, rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)},
          projectId, overlap, userId);
      if (pick.isEmpty()) {
        return Optional.<Assignment>empty();
      }
      long item = (Long) pick.get()[0];
      boolean swapped = new SplittableRandom(seed ^ (item * 0x9E3779B97F4A7C15L) ^ (userId * 0xC2B2AE3D27D4EB4FL)).nextBoolean();
      String now = Instant.now().toString();
      long id = Sql.insert(c, "INSERT INTO assignments (project_id, item_id, user_id, swapped, assigned_at) VALUES (?, ?, ?, ?, ?)",
          projectId, item, userId, swapped ? 1 : 0, now);
      Sql.update(c, "UPDATE items SET assigned = assigned + 1 WHERE id = ?", item);
      return Optional.of(new Assignment(id, (String) pick.get()[1], Json.MAPPER.readTree((String) pick.get()[2]), swapped, now));
    });
  }

  /** The caller's oldest open (not yet annotated) assignment. */
  public Optional<Assignment> open(long projectId, long userId) {
    return db.read(c -> Sql.one(c, "SELECT a.id, i.external_id, i.payload, a.swapped, a.assigned_at FROM assignments a"
        + " JOIN items i ON i.id = a.item_id WHERE a.project_id = ? AND a.user_id = ? AND a.done_at IS NULL ORDER BY a.id LIMIT 1",
        rs -> new Assignment(rs.getLong(1), rs.getString(2), Json.MAPPER.readTree(rs.getString(3)), rs.getInt(4) == 1,
            rs.getString(5)), projectId, userId));
  }

  /** How many of their assignments the caller has finished (labelled or skipped); an index look-up. */
  public long done(long projectId, long userId) {
    return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM assignments WHERE project_id = ? AND user_id = ? AND done_at IS NOT NULL",
        projectId, userId));
  }

  /**
   * How many items the caller has done and how many the project could still give them (the second
   * reads every item of the project: for a page view, not for each API call).
   */
  public long[] progress(long projectId, long userId, int overlap) {
    return db.read(c -> new long[] {
        Sql.count(c, "SELECT COUNT(*) FROM assignments WHERE project_id = ? AND user_id = ? AND done_at IS NOT NULL", projectId, userId),
        Sql.count(c, "SELECT COUNT(*) FROM items i WHERE i.project_id = ? AND (i.assigned < ? OR EXISTS (SELECT 1 FROM assignments a"
            + " WHERE a.item_id = i.id AND a.user_id = ? AND a.done_at IS NULL))", projectId, overlap, userId)});
  }
}
