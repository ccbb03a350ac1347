package dev.assay.core.run;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a field of a run-file contract means, for people reading the JSON Schema that {@code assay
 * schema KIND} prints. Fields are required unless {@link #required()} says otherwise; {@link
 * #types()} overrides the JSON type derived from the Java type (an id may be a string or an integer).
 *
 * <pre>{@code
 * public record PairRow(@Doc("the item id, shared by both answers") String id, ...) {}
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface Doc {
  /** One sentence: what the value is, in the user's terms. */
  String value();

  /** False when the field may be absent or null. */
  boolean required() default true;

  /** JSON types that replace the derived one, e.g. {@code {"string", "integer"}}. */
  String[] types() default {};

  /** On a record type: true when the object may hold fields the contract does not name. */
  boolean open() default false;
}
