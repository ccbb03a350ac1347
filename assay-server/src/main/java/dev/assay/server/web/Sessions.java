package dev.assay.server.web;

import dev.assay.server.auth.Principal;
import dev.assay.server.auth.Role;
import dev.assay.server.auth.Tokens;
import dev.assay.server.db.Database;
import dev.assay.server.db.Sql;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Web sessions: a random id in an HttpOnly, SameSite=Strict cookie, stored only as its SHA-256 with
 * the user, an expiry and a CSRF token that every form posts back.
 *
 * <pre>{@code
 * Sessions.Session s = sessions.open(principal);
 * ctx.cookie(Sessions.cookie(s.id()));
 * }</pre>
 */
public final class Sessions {
  /** The cookie's name. */
  public static final String COOKIE = "assay_session";
  /** How long a session lasts. */
  public static final Duration TTL = Duration.ofHours(12);
  private static final SecureRandom RANDOM = new SecureRandom();
  private final Database db;

  /** A signed-in browser: the session id (cookie value), its user and CSRF token. */
  public record Session(String id, Principal user, String csrf) {}

  public Sessions(Database db) {
    this.db = db;
  }

  /** Opens a session for {@code p}. */
  public Session open(Principal p) {
    String id = random();
    String csrf = random();
    Instant now = Instant.now();
    db.write(c -> Sql.update(c, "INSERT INTO sessions (id_sha256, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
        Tokens.digest(id), p.id(), csrf, now.toString(), now.plus(TTL).toString()));
    return new Session(id, p, csrf);
  }

  /** The live session with this cookie value. */
  public Optional<Session> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    return db.read(c -> Sql.one(c, "SELECT u.id, u.name, u.role, s.csrf, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id"
        + " WHERE s.id_sha256 = ?", rs -> new Object[] {new Principal(rs.getLong(1), rs.getString(2), Role.of(rs.getString(3))),
            rs.getString(4), rs.getString(5)}, Tokens.digest(id)))
        .filter(r -> Instant.parse((String) r[2]).isAfter(Instant.now()))
        .map(r -> new Session(id, (Principal) r[0], (String) r[1]));
  }

  /** Ends the session. */
  public void close(String id) {
    if (id != null) {
      db.write(c -> Sql.update(c, "DELETE FROM sessions WHERE id_sha256 = ?", Tokens.digest(id)));
    }
  }

  private static String random() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
