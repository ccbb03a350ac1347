package dev.assay.report.summary;

/**
 * A count with its noun, singular or plural: "1 prompt", "1,204 prompts", "1 decisive prompt".
 *
 * <pre>{@code
 * Counted.of(1, "prompts");     // "1 prompt"
 * Counted.of(1204, "records");  // "1,204 records"
 * }</pre>
 */
public final class Counted {
  private Counted() {}

  /** {@code n} followed by {@code plural}, made singular (trailing "s" dropped) when n is 1. */
  public static String of(long n, String plural) {
    String noun = n == 1 && plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    return Percent.count(n) + " " + noun;
  }
}
