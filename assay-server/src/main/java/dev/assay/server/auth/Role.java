package dev.assay.server.auth;

import dev.assay.core.AssayInputException;
import java.util.Arrays;
import java.util.Locale;

/**
 * A user's role on the server. Admins manage users and every project; leads create projects,
 * manage their members, import items, watch agreement and export; annotators annotate what they are
 * assigned; API clients (pipelines) create projects, import and export.
 *
 * <pre>{@code
 * Role r = Role.of("lead");
 * }</pre>
 */
public enum Role {
  ADMIN,
  LEAD,
  ANNOTATOR,
  CLIENT;

  /** The spelling in the API and the database. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads the spelling; an unknown one names the roles that exist. */
  public static Role of(String word) {
    for (Role r : values()) {
      if (r.wire().equals(word == null ? "" : word.strip().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new AssayInputException("role '" + word + "': expected one of "
        + String.join(", ", Arrays.stream(values()).map(Role::wire).toList()));
  }

  /** Whether this role may create projects. */
  public boolean createsProjects() {
    return this != ANNOTATOR;
  }
}
