package dev.assay.models.toxicity.perspective;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Parses the {@code --scorer} spec of the Perspective client: {@code perspective} alone for
 * {@link PerspectiveConfig#defaults()}, or {@code perspective:} followed by {@code key=value}
 * options separated by {@code ;} (quote the spec in a shell):
 *
 * <ul>
 *   <li>{@code attributes=TOXICITY,IDENTITY_ATTACK,INSULT} (must include TOXICITY)
 *   <li>{@code languages=en,de} (empty: let the server detect)
 *   <li>{@code qps=1}, {@code burst=1}, {@code in-flight=4}, {@code retries=5}
 *   <li>{@code timeout=30s} (also {@code 500ms}, {@code 2m})
 *   <li>{@code key-env=PERSPECTIVE_API_KEY} (the variable holding the key; the key itself never
 *       goes in a spec, so specs can be logged and written to manifests)
 *   <li>{@code url=https://commentanalyzer.googleapis.com/v1alpha1} (a proxy or a test server)
 * </ul>
 *
 * <pre>{@code
 * PerspectiveConfig c = PerspectiveSpec.parse("perspective:attributes=TOXICITY,INSULT;qps=2");
 * // ./assay toxicity score --scorer 'perspective:attributes=TOXICITY,INSULT;qps=2' --field text --out s.jsonl in.jsonl
 * }</pre>
 */
public final class PerspectiveSpec {
  /** The spec's name. */
  public static final String NAME = "perspective";
  static final String KEYS = "attributes, languages, qps, burst, in-flight, retries, timeout, key-env, url";

  private PerspectiveSpec() {}

  /** True for {@code perspective} and {@code perspective:...}. */
  public static boolean accepts(String spec) {
    return spec.equals(NAME) || spec.startsWith(NAME + ":");
  }

  /** The configuration the spec describes; an unknown key or bad value is an error naming it. */
  public static PerspectiveConfig parse(String spec) {
    if (!accepts(spec)) {
      throw new IllegalArgumentException("expected perspective or perspective:<key=value;...>, found '" + spec + "'");
    }
    PerspectiveConfig c = PerspectiveConfig.defaults();
    String rest = spec.length() > NAME.length() ? spec.substring(NAME.length() + 1) : "";
    for (String part : rest.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("perspective spec: expected key=value, found '" + part + "' (keys: " + KEYS + ")");
      }
      String key = part.substring(0, eq).strip();
      String value = part.substring(eq + 1).strip();
      try {
        c = apply(c, key, value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("perspective spec: " + key + ": " + e.getMessage(), e);
      }
    }
    return c;
  }

  private static PerspectiveConfig apply(PerspectiveConfig c, String key, String value) {
    return switch (key) {
      case "attributes" -> c.withAttributes(list(value));
      case "languages" -> c.withLanguages(list(value));
      case "qps" -> c.withQps(number(value));
      case "burst" -> c.withBurst(integer(value));
      case "in-flight" -> c.withMaxInFlight(integer(value));
      case "retries" -> c.withMaxRetries(integer(value));
      case "timeout" -> c.withTimeout(duration(value));
      case "key-env" -> c.withApiKeyEnv(value);
      case "url" -> c.withBaseUrl(url(value));
      default -> throw new IllegalArgumentException("unknown option (expected one of " + KEYS + ")");
    };
  }

  private static List<String> list(String v) {
    return Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static double number(String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a number, found '" + v + "'");
    }
  }

  private static int integer(String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected an integer, found '" + v + "'");
    }
  }

  static Duration duration(String v) {
    try {
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      if (v.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
      }
      if (v.endsWith("m")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 60_000));
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new IllegalArgumentException("expected a duration such as 500ms, 30s or 2m, found '" + v + "'");
  }

  private static URI url(String v) {
    URI u;
    try {
      u = URI.create(v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected an http(s) URL, found '" + v + "'");
    }
    if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme())) {
      throw new IllegalArgumentException("expected an http(s) URL, found '" + v + "'");
    }
    return u;
  }
}
