package dev.assay.core.config;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.InputFiles;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
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
 * the environment, so secrets live in env vars, never in the file. Relative paths in
 * {@link ConfigPath} components are relative to the config file's folder. Every problem of a file
 * is reported at once, one line each, as {@code file:line: key: what is allowed} (the allowed keys
 * of a mapping, the allowed values of an enum, the kind of value expected), never in Java terms:
 *
 * <pre>
 * pipeline.yaml:2: thredas: unknown key (did you mean threads?); allowed keys: input, format, ...
 * pipeline.yaml:7: checks[0].action: expected one of reject, tag, redact, keep, found "drop"
 * </pre>
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

  /**
   * Loads {@code path} as {@code type}, substituting variables from {@code env}; relative
   * {@link ConfigPath} values are resolved against the file's folder.
   */
  public static <T> T load(Path path, Class<T> type, Map<String, String> env) {
    InputFiles.checkReadable(path);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssayInputException(path + ": cannot read: " + e.getMessage(), e);
    }
    Path base = path.getParent() == null ? Path.of("") : path.getParent();
    return ConfigPaths.resolve(parse(text, path.toString(), type, env), base);
  }

  /**
   * Parses YAML {@code text} as {@code type}; {@code path} names the source in errors (a file, or a
   * bundled resource). Every problem of the document is reported at once, one per line, as
   * {@code file:line: key: what is allowed}.
   */
  public static <T> T parse(String text, String path, Class<T> type, Map<String, String> env) {
    YamlLines lines = YamlLines.index(text);
    JsonNode tree;
    try {
      tree = YAML.readTree(text);
    } catch (JacksonException e) {
      long line = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr() : 1;
      throw new AssayInputException(path + ":" + line + ": not valid YAML: " + yamlMessage(e.getOriginalMessage()), e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      throw new AssayInputException(path + ":1: the config file is empty");
    }
    List<ConfigProblem> problems = new ArrayList<>();
    JsonNode expanded = EnvSubstitution.expand(tree, env, problems);
    JsonNode clean = ConfigShape.check(expanded, type, problems);
    T value;
    try {
      value = YAML.treeToValue(clean, type);
    } catch (JacksonException e) {
      if (!problems.isEmpty()) {
        throw failure(path, lines, problems);
      }
      String ptr = pointerOf(e.getPath());
      String message = userMessage(e);
      throw new AssayInputException(new ConfigProblem(ptr, message).format(path, lines), e);
    }
    Set<String> reported = new HashSet<>();
    problems.forEach(p -> reported.add(p.pointer()));
    for (ConstraintViolation<T> v : FACTORY.getValidator().validate(value)) {
      String ptr = pointerOf(v.getPropertyPath());
      if (!reported.contains(ptr)) {
        problems.add(new ConfigProblem(ptr, violation(v, type)));
      }
    }
    if (!problems.isEmpty()) {
      throw failure(path, lines, problems);
    }
    return value;
  }

  private static AssayInputException failure(String path, YamlLines lines, List<ConfigProblem> problems) {
    List<String> msgs = problems.stream()
        .sorted(Comparator.comparingInt((ConfigProblem p) -> p.line(lines)).thenComparing(ConfigProblem::pointer))
        .map(p -> p.format(path, lines))
        .distinct()
        .toList();
    return new AssayInputException(String.join("\n", msgs));
  }

  /** A Bean Validation violation in the user's terms; a missing required value names what belongs there. */
  private static String violation(ConstraintViolation<?> v, Class<?> root) {
    Object found = v.getInvalidValue();
    String kind = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    if (found == null && (kind.equals("NotNull") || kind.equals("NotBlank") || kind.equals("NotEmpty"))) {
      String expected = expectedAt(root, v.getPropertyPath());
      return "required key is missing" + (expected == null ? "" : " (expected " + expected + ")");
    }
    String shown = found instanceof CharSequence cs ? "\"" + cs + "\"" : String.valueOf(found);
    return v.getMessage() + ", found " + shown;
  }

  /** What the component at {@code path} takes, in words, or null when it cannot be told. */
  private static String expectedAt(Class<?> root, jakarta.validation.Path path) {
    java.lang.reflect.Type t = root;
    for (jakarta.validation.Path.Node n : path) {
      if (n.getName() == null) {
        continue;
      }
      if (java.util.Collection.class.isAssignableFrom(rawOf(t)) && t instanceof java.lang.reflect.ParameterizedType pt) {
        t = pt.getActualTypeArguments()[0]; // the node is an element of the list before it
      }
      Class<?> raw = rawOf(t);
      if (!raw.isRecord()) {
        return null;
      }
      java.lang.reflect.Type next = null;
      for (java.lang.reflect.RecordComponent rc : raw.getRecordComponents()) {
        if (rc.getName().equals(n.getName())) {
          next = rc.getGenericType();
        }
      }
      if (next == null) {
        return null;
      }
      t = next;
    }
    return ConfigShape.expected(t);
  }

  private static Class<?> rawOf(java.lang.reflect.Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    return t instanceof java.lang.reflect.ParameterizedType pt && pt.getRawType() instanceof Class<?> c ? c : Object.class;
  }

  /** Jackson's message without Java type names, for the problems the shape check does not catch. */
  private static String userMessage(JacksonException e) {
    for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
      if (c instanceof IllegalArgumentException || c instanceof AssayInputException) {
        return c.getMessage();
      }
    }
    String m = e.getOriginalMessage() == null ? "invalid value" : e.getOriginalMessage().split("\n")[0];
    return m.replaceAll("`?(?:java|javax|jakarta|dev\\.assay|tools\\.jackson)\\.[\\w.$]*\\.(\\w+)`?", "$1")
        .replaceAll("\\s*\\(for Object starting at \\[Source.*$", "");
  }

  /** The parser's sentences without its source snippets: "while parsing a flow node: expected ...". */
  private static String yamlMessage(String m) {
    if (m == null) {
      return "cannot parse";
    }
    return String.join(": ", m.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).distinct().toList());
  }

  private static String pointerOf(jakarta.validation.Path path) {
    StringBuilder sb = new StringBuilder();
    for (jakarta.validation.Path.Node n : path) {
      if (n.getIndex() != null) {
        sb.append('/').append(n.getIndex());
      }
      if (n.getName() != null) {
        sb.append('/').append(ConfigShape.key(n.getName()));
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
