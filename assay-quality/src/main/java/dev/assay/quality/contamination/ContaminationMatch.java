package dev.assay.quality.contamination;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One benchmark item a training row leaks, and how strongly: the n-gram overlap and/or the
 * embedding cosine. {@code method} says which rule flagged it ({@code ngram}, {@code embedding},
 * or {@code ngram+embedding} when both did).
 *
 * <pre>{@code
 * ContaminationMatch m = matches.get(0);
 * m.item().location();   // "question.jsonl:3 (id 83, turn 1)"
 * m.overlap();           // share of the item's distinct n-grams found in the row, 0..1
 * }</pre>
 *
 * @param item the benchmark item
 * @param matchedGrams distinct grams of the item found in the row (0 when only embeddings matched)
 * @param itemGrams distinct grams the item has (1 for a short item indexed whole)
 * @param overlap {@code matchedGrams / itemGrams}, or 0
 * @param cosine embedding cosine of row and item, or {@code NaN} when not computed
 * @param method {@code ngram}, {@code embedding} or {@code ngram+embedding}
 */
public record ContaminationMatch(
    BenchmarkItem item, int matchedGrams, int itemGrams, double overlap, double cosine, String method) {

  /** The JSON form used in {@code flagged.jsonl} and reports (snake_case keys). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("benchmark", item.source());
    m.put("line", item.line());
    m.put("record", item.record());
    if (item.id() != null) {
      m.put("id", item.id());
    }
    if (item.turn() > 0) {
      m.put("turn", item.turn());
    }
    m.put("method", method);
    m.put("matched_ngrams", matchedGrams);
    m.put("item_ngrams", itemGrams);
    m.put("overlap", round(overlap));
    if (!Double.isNaN(cosine)) {
      m.put("cosine", round(cosine));
    }
    m.put("snippet", item.snippet());
    return m;
  }

  /** A one-line description for a {@link dev.assay.quality.Finding}'s detail. */
  public String describe() {
    StringBuilder b = new StringBuilder("leaks ").append(item.location());
    if (matchedGrams > 0) {
      b.append(": ").append(matchedGrams).append('/').append(itemGrams).append(" n-grams (")
          .append(String.format(java.util.Locale.ROOT, "%.0f%%", overlap * 100)).append(')');
    }
    if (!Double.isNaN(cosine)) {
      b.append(matchedGrams > 0 ? ", " : ": ").append(String.format(java.util.Locale.ROOT, "cosine %.3f", cosine));
    }
    return b.toString();
  }

  private static double round(double x) {
    return Math.round(x * 10000.0) / 10000.0;
  }
}
