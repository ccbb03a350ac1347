package dev.assay.server.project;

import dev.assay.core.AssayInputException;
import dev.assay.server.auth.Principal;
import dev.assay.server.auth.Role;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Projects and their members. The creator of a project is its lead (or its client, for an API
 * client); a project is visible to admins and to its members only, and to nobody else, not even
 * as "exists": other callers get 404.
 *
 * <pre>{@code
 * Project p = projects.create(lead, "helpfulness", ProjectKind.PAIRWISE, 3, "Prefer the answer that ...");
 * projects.addMember(p.id(), "bo", Role.ANNOTATOR);
 * }</pre>
 */
public final class Projects {
  private static final SecureRandom SEEDS = new SecureRandom();
  private final Database db;

  public Projects(Database db) {
    this.db = db;
  }

  /** Creates a project; its creator becomes a member (lead, or client for an API client). */
  public Project create(Principal by, String name, ProjectKind kind, int overlap, String guidelines) {
    return create(by, name, kind, overlap, guidelines, 0, 0.8, 5);
  }

  /** Creates a project whose annotators first pass {@code qualification} gold items with {@code minAccuracy}. */
  public Project create(Principal by, String name, ProjectKind kind, int overlap, String guidelines, int qualification,
      double minAccuracy, int scaleMax) {
    if (scaleMax < 2 || scaleMax > 9) {
      throw new AssayInputException("scale: a Likert scale runs 1..N with N from 2 to 9 (one key each), found " + scaleMax);
    }
    if (qualification < 0 || qualification > 1000) {
      throw new AssayInputException("qualification: expected the number of gold items to pass first, 0-1000, found " + qualification);
    }
    if (!(minAccuracy >= 0 && minAccuracy <= 1)) {
      throw new AssayInputException("min_accuracy: expected a share between 0 and 1, found " + minAccuracy);
    }
    if (name == null || name.isBlank() || name.length() > 200) {
      throw new AssayInputException("name: expected 1-200 characters");
    }
    if (overlap < 1 || overlap > 50) {
      throw new AssayInputException("overlap: expected annotators per item, 1-50, found " + overlap);
    }
    String now = Instant.now().toString();
    long seed = SEEDS.nextLong();
    try {
      long id = db.write(c -> {
        long pid = Sql.insert(c, "INSERT INTO projects (name, kind, overlap, guidelines, seed, created_by, created_at, qualification,"
            + " min_accuracy, scale_max) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", name.strip(), kind.wire(), overlap,
            guidelines == null ? "" : guidelines, seed, by.id(), now, qualification, minAccuracy, scaleMax);
        if (!by.admin()) {
          Sql.insert(c, "INSERT INTO members (project_id, user_id, role, added_at) VALUES (?, ?, ?, ?)", pid, by.id(),
              by.role() == Role.CLIENT ? "client" : "lead", now);
        }
        return pid;
      });
      return new Project(id, name.strip(), kind, overlap, guidelines == null ? "" : guidelines, seed, now, qualification, minAccuracy,
          scaleMax);
    } catch (Database.DatabaseException e) {
      if (e.uniqueViolation()) {
        throw new AssayInputException("a project named '" + name.strip() + "' exists already");
      }
      throw e;
    }
  }

  /** The project, if it exists. */
  public Optional<Project> get(long id) {
    return db.read(c -> Sql.one(c, "SELECT id, name, kind, overlap, guidelines, seed, created_at, qualification, min_accuracy, scale_max FROM projects"
        + " WHERE id = ?",
        Projects::project, id));
  }

  /** The projects {@code p} may see. */
  public List<Project> visibleTo(Principal p) {
    String cols = "SELECT pr.id, pr.name, pr.kind, pr.overlap, pr.guidelines, pr.seed, pr.created_at, pr.qualification, pr.min_accuracy,"
        + " pr.scale_max FROM projects pr";
    return db.read(c -> p.admin() ? Sql.list(c, cols + " ORDER BY pr.id", Projects::project)
        : Sql.list(c, cols + " JOIN members m ON m.project_id = pr.id WHERE m.user_id = ? ORDER BY pr.id", Projects::project, p.id()));
  }

  /** The caller's role in the project (admins: {@link Role#ADMIN}), or empty when not a member. */
  public Optional<Role> roleIn(long projectId, Principal p) {
    if (p.admin()) {
      return Optional.of(Role.ADMIN);
    }
    return db.read(c -> Sql.one(c, "SELECT role FROM members WHERE project_id = ? AND user_id = ?", rs -> Role.of(rs.getString(1)),
        projectId, p.id()));
  }

  /** Whether a caller may act on a project. */
  public enum Verdict {
    /** Allowed. */
    ALLOWED,
    /** No such project, or the caller is not a member: the project does not exist for them. */
    NOT_FOUND,
    /** A member whose role may not do this. */
    FORBIDDEN
  }

  /**
   * The access check every route (API and page) makes.
   *
   * @param project the project, or null when not found for the caller
   * @param role the caller's role in it ({@link Role#ADMIN} for admins), or null
   */
  public record Access(Verdict verdict, Project project, Role role) {}

  /** May {@code p} act on project {@code id} in one of the {@code allowed} roles (admins always may)? */
  public Access access(long id, Principal p, Role... allowed) {
    Optional<Project> project = get(id);
    Optional<Role> role = project.isEmpty() ? Optional.empty() : roleIn(id, p);
    if (project.isEmpty() || role.isEmpty()) {
      return new Access(Verdict.NOT_FOUND, null, null);
    }
    boolean ok = role.get() == Role.ADMIN || java.util.Arrays.asList(allowed).contains(role.get());
    return new Access(ok ? Verdict.ALLOWED : Verdict.FORBIDDEN, project.get(), role.get());
  }

  /** Adds (or changes the role of) a member. */
  public void addMember(long projectId, String userName, Role role) {
    if (role == Role.ADMIN) {
      throw new AssayInputException("role: a project member is a lead, an annotator or a client (admins see every project)");
    }
    db.write(c -> {
      Optional<Long> uid = Sql.one(c, "SELECT id FROM users WHERE name = ?", rs -> rs.getLong(1), userName);
      if (uid.isEmpty()) {
        throw new AssayInputException("user: no user named '" + userName + "'");
      }
      if (Sql.update(c, "UPDATE members SET role = ? WHERE project_id = ? AND user_id = ?", role.wire(), projectId, uid.get()) == 0) {
        Sql.insert(c, "INSERT INTO members (project_id, user_id, role, added_at) VALUES (?, ?, ?, ?)", projectId, uid.get(),
            role.wire(), Instant.now().toString());
      }
      return null;
    });
  }

  /** The members: name and role, by name. */
  public List<String[]> members(long projectId) {
    return db.read(c -> Sql.list(c, "SELECT u.name, m.role FROM members m JOIN users u ON u.id = m.user_id WHERE m.project_id = ?"
        + " ORDER BY u.name", rs -> new String[] {rs.getString(1), rs.getString(2)}, projectId));
  }

  private static Project project(ResultSet rs) throws SQLException {
    return new Project(rs.getLong(1), rs.getString(2), ProjectKind.of(rs.getString(3)), rs.getInt(4), rs.getString(5), rs.getLong(6),
        rs.getString(7), rs.getInt(8), rs.getDouble(9), rs.getInt(10));
  }
}
