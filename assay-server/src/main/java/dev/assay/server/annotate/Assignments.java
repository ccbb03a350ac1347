package dev.assay.server.annotate;

import dev.assay.core.io.Json;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import dev.assay.server.project.Project;

/**
 * Hands out items: an annotator's open assignment first (so a reload shows the same item), else
 * the item with the fewest assignments that they have not seen, while it has fewer than the
 * project's overlap. The A/B order of each new assignment is drawn from the project's seed and
 * the assignment, and recorded.
 *
 * <p>Two annotators asking at once never push an item past its overlap: on SQLite every write
 * transaction already runs alone ({@link Database#write}); on PostgreSQL the chosen item's row is
 * locked and concurrent callers skip to the next one.
 *
 * <pre>{@code
 * Optional<Assignment> next = assignments.next(projectId, userId, overlap, seed);
 * }</pre>
 */
public final class Assignments {
  private final Database db;

  public Assignments(Database db) {
    this.db = db;
  }

  /** The caller has not passed the project's qualification: their gold labels fall short. */
  public static final class NotQualified extends RuntimeException {
    NotQualified(String message) {
      super(message);
    }
  }

  /**
   * The caller's next item, or empty when the project has nothing left for them. With a
   * qualification, the first {@code qualification} items are gold items (not counted against the
   * overlap); an annotator whose share of them right is below {@code minAccuracy} gets {@link
   * NotQualified} instead of real items.
   */
  public Optional<Assignment> next(Project p, long userId) {
    Optional<Assignment> open = open(p.id(), userId);
    if (open.isPresent()) {
      return open;
    }
    if (p.qualification() > 0) {
      long[] gold = goldLabelled(p.id(), userId);
      if (gold[0] < p.qualification()) {
        Optional<Assignment> q = create(p.id(), userId, Integer.MAX_VALUE, p.seed(), "", true);
        if (q.isPresent()) {
          return q;
        }
      }
      if (gold[0] > 0 && (double) gold[1] / gold[0] < p.minAccuracy()) {
        throw new NotQualified(String.format(java.util.Locale.ROOT,
            "not qualified for project %d: %d of %d gold items right (%.0f%%; %.0f%% needed); ask its lead", p.id(), gold[1], gold[0],
            100.0 * gold[1] / gold[0], 100 * p.minAccuracy()));
      }
    }
    // PostgreSQL locks the chosen item's row; concurrent callers skip it and take the next one, so
    // handing out runs in parallel and commits group. SQLite's writes run one at a time anyway.
    boolean postgres = db.target().dialect() == dev.assay.server.db.Dialect.POSTGRESQL;
    return create(p.id(), userId, p.overlap(), p.seed(), postgres ? " FOR UPDATE OF i SKIP LOCKED" : "", false);
  }

  /** Gold items the caller labelled, and how many of those were right. */
  public long[] goldLabelled(long projectId, long userId) {
    return db.read(c -> Sql.one(c, "SELECT COUNT(*), COALESCE(SUM(CASE WHEN an.label = i.gold THEN 1 ELSE 0 END), 0) FROM annotations an"
        + " JOIN items i ON i.id = an.item_id WHERE an.project_id = ? AND an.user_id = ? AND i.gold IS NOT NULL",
        rs -> new long[] {rs.getLong(1), rs.getLong(2)}, projectId, userId).orElse(new long[2]));
  }

  private Optional<Assignment> create(long projectId, long userId, int overlap, long seed, String lock, boolean qualifying) {
    return db.write(c -> {
      Optional<Object[]> pick = Sql.one(c, "SELECT i.id, i.external_id, i.payload FROM items i WHERE i.project_id = ? AND i.assigned < ?"
          + (qualifying ? " AND i.gold IS NOT NULL" : "")
          + " AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.item_id = i.id AND a.user_id = ?)"
          + " ORDER BY " + (qualifying ? "i.id" : "i.assigned, i.id") + " LIMIT 1" + lock,
          rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, projectId, overlap, userId);
      if (pick.isEmpty()) {
        return Optional.<Assignment>empty();
      }
      long item = (Long) pick.get()[0];
      boolean swapped = new SplittableRandom(seed ^ (item * 0x9E3779B97F4A7C15L) ^ (userId * 0xC2B2AE3D27D4EB4FL)).nextBoolean();
      String now = Instant.now().toString();
      long id = Sql.insert(c, "INSERT INTO assignments (project_id, item_id, user_id, swapped, assigned_at, qualifying)"
          + " VALUES (?, ?, ?, ?, ?, ?)", projectId, item, userId, swapped ? 1 : 0, now, qualifying ? 1 : 0);
      if (!qualifying) {
        Sql.update(c, "UPDATE items SET assigned = assigned + 1 WHERE id = ?", item);
      }
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
