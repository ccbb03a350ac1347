package dev.assay.server.http;

import dev.assay.server.auth.Principal;
import dev.assay.server.auth.Role;
import dev.assay.server.project.Project;
import dev.assay.server.project.Projects;
import io.javalin.http.Context;
import java.util.Arrays;

/**
 * The signed-in caller of a request and the access checks every route makes: a project the caller
 * is not a member of does not exist for them (404, whatever its id), and a member whose role may
 * not do something gets 403.
 *
 * <pre>{@code
 * Caller.Access a = Caller.project(ctx, projects, Role.LEAD, Role.CLIENT);
 * a.project().overlap();
 * }</pre>
 */
public final class Caller {
  static final String ATTRIBUTE = "assay.principal";

  private Caller() {}

  /** A project the caller may act on, and their role in it. */
  public record Access(Principal principal, Project project, Role role) {}

  /** The signed-in caller (the auth filter put them there). */
  public static Principal of(Context ctx) {
    Principal p = ctx.attribute(ATTRIBUTE);
    if (p == null) {
      throw ApiException.unauthorized("sign in: send 'Authorization: Bearer <token>' (assay users add prints one)");
    }
    return p;
  }

  /** The project of path parameter {@code id}, if the caller is an admin or a member whose role is one of {@code allowed}. */
  public static Access project(Context ctx, Projects projects, Role... allowed) {
    Principal p = of(ctx);
    long id = pathLong(ctx, "id");
    Projects.Access a = projects.access(id, p, allowed);
    switch (a.verdict()) {
      case NOT_FOUND -> throw ApiException.notFound("no project " + id);
      case FORBIDDEN -> throw ApiException.forbidden("your role in project " + id + " is " + a.role().wire() + "; this needs "
          + String.join(" or ", Arrays.stream(allowed).map(Role::wire).toList()));
      default -> { }
    }
    return new Access(p, a.project(), a.role());
  }

  /** A path parameter that must be a whole number. */
  public static long pathLong(Context ctx, String name) {
    String v = ctx.pathParam(name);
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("no " + name + " '" + v + "'");
    }
  }
}
