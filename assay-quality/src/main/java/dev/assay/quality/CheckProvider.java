package dev.assay.quality;

import java.util.Map;

/**
 * Registers checks by name for {@link CheckRegistry}, through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/dev.assay.quality.CheckProvider}). Each entry maps a check name to its
 * record class; the registry builds instances from YAML parameters (snake_case keys mapped onto the
 * record's components; absent keys take the defaults of the record's no-argument constructor or
 * its {@code defaults()} factory).
 *
 * <pre>{@code
 * public final class HeuristicChecks implements CheckProvider {
 *   public Map<String, Class<? extends Check>> checks() {
 *     return Map.of("gopher_quality", GopherQuality.class, "c4", C4Rules.class);
 *   }
 * }
 * }</pre>
 */
public interface CheckProvider {
  /** Check names mapped to their record classes. */
  Map<String, Class<? extends Check>> checks();
}
