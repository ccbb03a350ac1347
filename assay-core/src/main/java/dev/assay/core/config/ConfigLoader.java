package dev.assay.core.config;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.InputFiles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads Assay's own YAML config files into immutable records and checks them with Bean Validation
 * ({@code @NotNull}, {@code @Min}, {@code @Pattern} ... on record components). Keys are snake_case;
 * unknown keys are errors; {@code ${VAR}} and {@code ${VAR:-default}} in values are replaced from
 * the environment, so secrets live in env vars, never in the file. Every error names
 * {@code file:line: field}.
 *
 * <pre>{@code
 * ValidateJob job = ConfigLoader.load(Path.of("validate.yaml"), ValidateJob.class);
 * }</pre>
 */
public final class ConfigLoader {
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(tools.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
          .build();
  /** Hibernate Validator announces its version at INFO on stderr; users need not see it. */
  private static final java.util.logging.Logger HV_LOG = quietHibernateValidator();
  private static final ValidatorFactory FACTORY = buildFactory();

  private ConfigLoader() {}

  /** Loads {@code path} as {@code type}, with the process environment for substitutions. */
  public static <T> T load(Path path, Class<T> type) {
    return load(path, type, System.getenv());
  }

  /** Loads {@code path} as {@code type}, substituting variables from {@code env}. */
  public static <T> T load(Path path, Class<T> type, Map<String, String> env) {
    InputFiles.checkReadable(path);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot read: " + e.getMessage(), e);
    }
    return parse(text, path.toString(), type, env);
  }

  /**
   * Parses YAML {@code text} as {@code type}; {@code path} names the source in errors (a file, or a
   * bundled resource).
   */
  public static <T> T parse(String text, String path, Class<T> type, Map<String, String> env) {
    YamlLines lines = YamlLines.index(text);
    T value;
    try {
      JsonNode tree = YAML.readTree(text);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        throw new AssayInputException(path + ":1: the config file is empty");
      }
      JsonNode expanded = EnvSubstitution.expand(tree, env, pointer -> path + ":" + lines.lineOf(pointer));
      value = YAML.treeToValue(expanded, type);
    } catch (JacksonException e) {
      String field = e.getPath().isEmpty() ? "" : " field '" + pathOf(e.getPath()) + "':";
      long line = e.getLocation() != null && e.getLocation().getLineNr() > 0
          ? e.getLocation().getLineNr()
          : lines.lineOf(pointerOf(e.getPath()));
      throw new AssayInputException(path + ":" + line + ":" + field + " " + e.getOriginalMessage().split("\n")[0], e);
    }
    Validator validator = FACTORY.getValidator();
    Set<ConstraintViolation<T>> violations = validator.validate(value);
    if (!violations.isEmpty()) {
      List<String> msgs = new ArrayList<>();
      violations.stream()
          .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
          .forEach(
              v -> {
                String prop = snake(v.getPropertyPath().toString());
                msgs.add(
                    path + ":" + lines.lineOf("/" + prop.replace('.', '/')) + ": field '" + prop + "': "
                        + v.getMessage() + ", found " + v.getInvalidValue());
              });
      throw new AssayInputException(String.join("\n", msgs));
    }
    return value;
  }

  private static String pathOf(List<JacksonException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String pointerOf(List<JacksonException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JacksonException.Reference r : refs) {
      sb.append('/').append(r.getPropertyName() != null ? r.getPropertyName() : String.valueOf(r.getIndex()));
    }
    return sb.toString();
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static java.util.logging.Logger quietHibernateValidator() {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger("org.hibernate.validator");
    l.setLevel(java.util.logging.Level.WARNING);
    return l;
  }

  private static ValidatorFactory buildFactory() {
    return Validation.byDefaultProvider()
        .configure()
        .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
        .buildValidatorFactory();
  }
}
