package dev.assay.server.http;

import dev.assay.server.auth.Principal;
import dev.assay.server.auth.Users;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs in API calls: {@code Authorization: Bearer <token>} resolved to its user (tokens are
 * looked up by their SHA-256). Routes marked public need nothing; every other {@code /api} route
 * answers 401 without a valid token.
 *
 * <pre>{@code
 * config.routes.before("/api/*", new AuthFilter(users, routes)::handle);
 * }</pre>
 */
public final class AuthFilter {
  private final Users users;
  private final Set<String> open;

  public AuthFilter(Users users, List<Route> routes) {
    this.users = users;
    this.open = routes.stream().filter(Route::open).map(Route::path).collect(Collectors.toSet());
  }

  public void handle(Context ctx) {
    if (open.contains(ctx.path())) {
      return;
    }
    String h = ctx.header("Authorization");
    if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiException.unauthorized("sign in: send 'Authorization: Bearer <token>' (assay users add prints one)");
    }
    Optional<Principal> p = users.byToken(h.substring(7).strip());
    if (p.isEmpty()) {
      throw ApiException.unauthorized("this token is unknown or revoked");
    }
    ctx.attribute(Caller.ATTRIBUTE, p.get());
  }
}
