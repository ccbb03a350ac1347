package dev.assay.core.config;

/**
 * One problem of a config file: where (a JSON pointer into the document, {@code /checks/1/action})
 * and what, in the user's terms ({@code expected one of reject, tag, redact, keep, found "drop"}).
 * {@link #format} makes the line users read: {@code pipeline.yaml:7: checks[1].action: expected ...}.
 *
 * <pre>{@code
 * new ConfigProblem("/threads", "expected a whole number, found \"many\"").format("job.yaml", lines);
 * }</pre>
 *
 * @param pointer where in the document; "" for the document itself
 * @param message what is wrong and what is allowed
 */
record ConfigProblem(String pointer, String message) {
  /** The key path users write: {@code /checks/1/action} -> {@code checks[1].action}. */
  String key() {
    StringBuilder b = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        b.append('[').append(part).append(']');
      } else {
        b.append(b.isEmpty() ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return b.toString();
  }

  /** {@code source:line: key: message} (without the key for the document itself). */
  String format(String source, YamlLines lines) {
    String key = key();
    return source + ":" + lines.lineOf(pointer) + ": " + (key.isEmpty() ? "" : key + ": ") + message;
  }

  /** The line this problem is reported on. */
  int line(YamlLines lines) {
    return lines.lineOf(pointer);
  }
}
