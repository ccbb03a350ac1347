package dev.assay.core.run;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns a mapping failure into a sentence in the file's terms: the field path as it is spelled in
 * the file ({@code models[0].rank}), what was expected, and never a Java class name.
 *
 * <pre>{@code
 * ContractErrors.describe(e, RunFileKind.LEADERBOARD);
 * // "field 'models[0].rank': expected an integer (leaderboard contract v1)"
 * }</pre>
 */
final class ContractErrors {
  private ContractErrors() {}

  static String describe(JacksonException e, RunFileKind kind) {
    String where = path(e.getPath());
    String what = what(e);
    String contract = " (" + kind.id() + " contract v" + kind.version() + "; 'assay schema " + kind.id() + "' prints it)";
    return (where.isEmpty() ? "" : "field '" + where + "': ") + what + contract;
  }

  private static String what(JacksonException e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof IllegalArgumentException && root.getMessage() != null && root.getMessage().contains("is not one of")) {
      return root.getMessage();
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + jsonType(m.getTargetType());
    }
    if (e instanceof DatabindException) {
      return "does not fit the contract";
    }
    String msg = e.getOriginalMessage();
    return "not valid JSON: " + (msg == null ? "unreadable" : msg.replaceAll("\\s+", " "));
  }

  private static String jsonType(Class<?> t) {
    if (t == String.class) {
      return "a string";
    }
    if (t == int.class || t == long.class || t == Integer.class || t == Long.class) {
      return "an integer";
    }
    if (t == double.class || t == Double.class || t == float.class) {
      return "a number";
    }
    if (t == boolean.class || t == Boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(t) || t.isArray()) {
      return "a list";
    }
    if (t.isEnum()) {
      return "one of the allowed words";
    }
    return "an object";
  }

  private static String path(List<JacksonException.Reference> refs) {
    StringBuilder b = new StringBuilder();
    for (JacksonException.Reference r : refs) {
      if (r.getPropertyName() != null) {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      }
    }
    return b.toString();
  }
}
