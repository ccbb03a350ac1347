package dev.assay.core.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a config record component ({@code String}, {@code Path} or a list of either) as a file or
 * folder path. {@link ConfigLoader#load} resolves a relative value against the folder of the
 * config file, so a config means the same files whatever the current directory is.
 *
 * <pre>{@code
 * public record Job(@ConfigPath String input, @ConfigPath String out) {}
 * // jobs/a.yaml with "input: data.jsonl" -> input = "jobs/data.jsonl"
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface ConfigPath {
  /**
   * True for a value that is either a name (such as a built-in schema) or a path: it is resolved
   * only when a file of that name exists beside the config.
   */
  boolean orName() default false;
}
