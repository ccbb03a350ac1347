package dev.assay.eval.prompt;

import dev.assay.core.AssayInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a prompt template asks the judge model for, which decides the variables it may use and how
 * its reply is parsed.
 *
 * <pre>{@code
 * TemplateKind k = TemplateKind.parse("pairwise", "my.yaml:2");   // PAIRWISE
 * }</pre>
 */
public enum TemplateKind {
  /** Two answers compared; the verdict is {@code [[A]]}, {@code [[B]]} or {@code [[C]]} (tie). */
  PAIRWISE("pairwise"),
  /** One answer graded on a numeric scale; the verdict is {@code [[rating]]}. */
  SINGLE("single"),
  /** One answer graded on one rubric criterion at a time; the verdict is {@code [[score]]}. */
  RUBRIC("rubric"),
  /** Two answers compared by a one-token reply ({@code m} or {@code M}) read through logprobs. */
  PAIRWISE_LOGPROB("pairwise-logprob");

  private final String id;

  TemplateKind(String id) {
    this.id = id;
  }

  /** The spelling used in template files ({@code type: pairwise}). */
  public String id() {
    return id;
  }

  /** True for the kinds that compare two answers. */
  public boolean pairwise() {
    return this == PAIRWISE || this == PAIRWISE_LOGPROB;
  }

  /** Parses a file's {@code type}; {@code where} names the place in errors. */
  public static TemplateKind parse(String text, String where) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    for (TemplateKind k : values()) {
      if (k.id.equals(t)) {
        return k;
      }
    }
    throw new AssayInputException(
        where + ": type: expected one of "
            + Arrays.stream(values()).map(TemplateKind::id).collect(Collectors.joining(", "))
            + ", found '" + text + "'");
  }
}
