package dev.assay.server.auth;

import dev.assay.core.AssayInputException;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The users table and their API tokens: add a user (with an optional password for the web UI),
 * issue a token (only its SHA-256 is stored), resolve a token or a name and password to a {@link
 * Principal}.
 *
 * <pre>{@code
 * Users users = new Users(db);
 * Users.Created c = users.add("ada", Role.LEAD, null);
 * c.token();   // shown once
 * }</pre>
 */
public final class Users {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  private final Database db;

  /** A user just added, with their first token. */
  public record Created(Principal user, String token) {}

  public Users(Database db) {
    this.db = db;
  }

  /** Adds a user and issues their first API token; {@code password} may be null (API only). */
  public Created add(String name, Role role, String password) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new AssayInputException("user name '" + name + "': use 1-64 letters, digits, '.', '_', '@' or '-'");
    }
    String hash = password == null ? null : Passwords.hash(password);
    String token = Tokens.create();
    try {
      long id = db.write(c -> {
        long uid = Sql.insert(c, "INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)", name, role.wire(),
            hash, Instant.now().toString());
        Sql.insert(c, "INSERT INTO api_tokens (user_id, token_sha256, created_at) VALUES (?, ?, ?)", uid, Tokens.digest(token),
            Instant.now().toString());
        return uid;
      });
      return new Created(new Principal(id, name, role), token);
    } catch (Database.DatabaseException e) {
      if (e.uniqueViolation()) {
        throw new AssayInputException("user '" + name + "' exists already");
      }
      throw e;
    }
  }

  /** A new token for an existing user (older tokens stay valid until revoked). */
  public String issueToken(String name) {
    Principal p = byName(name).orElseThrow(() -> new AssayInputException("no user named '" + name + "'"));
    String token = Tokens.create();
    db.write(c -> Sql.insert(c, "INSERT INTO api_tokens (user_id, token_sha256, created_at) VALUES (?, ?, ?)", p.id(),
        Tokens.digest(token), Instant.now().toString()));
    return token;
  }

  /** The user a (not revoked) token belongs to. */
  public Optional<Principal> byToken(String token) {
    if (token == null || !token.startsWith(Tokens.PREFIX)) {
      return Optional.empty();
    }
    return db.read(c -> Sql.one(c, "SELECT u.id, u.name, u.role FROM api_tokens t JOIN users u ON u.id = t.user_id"
        + " WHERE t.token_sha256 = ? AND t.revoked_at IS NULL", rs -> new Principal(rs.getLong(1), rs.getString(2),
        Role.of(rs.getString(3))), Tokens.digest(token)));
  }

  /** The user named {@code name}. */
  public Optional<Principal> byName(String name) {
    return db.read(c -> Sql.one(c, "SELECT id, name, role FROM users WHERE name = ?",
        rs -> new Principal(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3))), name));
  }

  /** The user whose name and password these are. */
  public Optional<Principal> byPassword(String name, String password) {
    Optional<String[]> row = db.read(c -> Sql.one(c, "SELECT id, name, role, password_hash FROM users WHERE name = ?",
        rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, name));
    if (row.isEmpty()) {
      Passwords.verify(password, Passwords.hash("timing: as long as a real check"));
      return Optional.empty();
    }
    String[] r = row.get();
    return Passwords.verify(password, r[3]) ? Optional.of(new Principal(Long.parseLong(r[0]), r[1], Role.of(r[2]))) : Optional.empty();
  }

  /** Every user, by name. */
  public List<Principal> list() {
    return db.read(c -> Sql.list(c, "SELECT id, name, role FROM users ORDER BY name",
        rs -> new Principal(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3)))));
  }
}
