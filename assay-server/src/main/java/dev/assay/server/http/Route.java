package dev.assay.server.http;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One route of the API: its method and path (Javalin's {@code {param}} syntax), what it does, who
 * may call it, its request and response for the OpenAPI document, and its handler. The server
 * registers exactly the routes of {@link ApiRoutes#all()} and documents exactly those.
 *
 * <pre>{@code
 * new Route("GET", "/api/projects/{id}/next", "The caller's next item", List.of("annotator", "lead"), null,
 *     "an assignment, or 204 when nothing is left", handler);
 * }</pre>
 *
 * @param method GET, POST or DELETE
 * @param path the path, parameters in braces
 * @param summary one line for the docs
 * @param roles the project or server roles that may call it (empty: any signed-in user; "public": no sign-in)
 * @param request what the body holds, or null
 * @param response what the answer holds
 * @param handler the handler
 */
public record Route(String method, String path, String summary, List<String> roles, String request, String response,
    Handler handler) {
  public Route {
    roles = List.copyOf(roles);
  }

  /** Whether the route needs no sign-in. */
  public boolean open() {
    return roles.contains("public");
  }
}
