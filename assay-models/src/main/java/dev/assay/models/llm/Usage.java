package dev.assay.models.llm;

/**
 * Token counts of one call as reported by the provider.
 *
 * <pre>{@code
 * Usage u = new Usage(812, 96);
 * u.total();   // 908
 * }</pre>
 *
 * @param inputTokens prompt tokens
 * @param outputTokens completion tokens
 */
public record Usage(long inputTokens, long outputTokens) {
  public static final Usage NONE = new Usage(0, 0);

  public long total() {
    return inputTokens + outputTokens;
  }

  public Usage plus(Usage other) {
    return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens);
  }
}
