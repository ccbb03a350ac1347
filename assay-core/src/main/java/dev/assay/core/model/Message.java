package dev.assay.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * One chat turn: a role ({@code system}, {@code user}, {@code assistant} or {@code tool}) and its
 * text.
 *
 * <pre>{@code
 * Message m = Message.user("Name three primes.");
 * }</pre>
 */
public record Message(String role, String content) {
  /** The roles of the OpenAI chat format, which every mapping normalises to. */
  public static final Set<String> ROLES = Set.of("system", "user", "assistant", "tool");

  public Message {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
    if (!ROLES.contains(role)) {
      throw new IllegalArgumentException("role: expected one of " + ROLES + ", found '" + role + "'");
    }
  }

  public static Message system(String content) {
    return new Message("system", content);
  }

  public static Message user(String content) {
    return new Message("user", content);
  }

  public static Message assistant(String content) {
    return new Message("assistant", content);
  }
}
