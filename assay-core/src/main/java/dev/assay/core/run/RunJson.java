package dev.assay.core.run;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mappers of run-file contracts: snake_case keys in declaration order. Readers ignore fields a
 * newer minor version added (contracts keep unknown row fields in their {@code extra} map);
 * writers never depend on the default locale.
 *
 * <pre>{@code
 * String json = RunJson.PRETTY.writeValueAsString(gateResults);
 * }</pre>
 */
public final class RunJson {
  private RunJson() {}

  /** Compact writer (rows). */
  public static final JsonMapper WRITER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  /** Reader: the same conventions. */
  public static final JsonMapper READER = WRITER;

  /** Indented writer (documents). */
  public static final JsonMapper PRETTY = WRITER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
}
