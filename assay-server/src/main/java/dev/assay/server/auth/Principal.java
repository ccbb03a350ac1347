package dev.assay.server.auth;

/**
 * Who is calling: the user behind a token or a session.
 *
 * <pre>{@code
 * Principal p = users.byToken(token).orElseThrow();
 * p.role() == Role.ADMIN;
 * }</pre>
 *
 * @param id the user's id
 * @param name the user's name
 * @param role the user's server role
 */
public record Principal(long id, String name, Role role) {
  /** Whether the caller administers the server. */
  public boolean admin() {
    return role == Role.ADMIN;
  }
}
