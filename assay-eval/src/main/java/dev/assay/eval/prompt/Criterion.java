package dev.assay.eval.prompt;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One rubric criterion: what it means, its own integer scale and, optionally, what each level
 * looks like (anchors). Rendered into a {@code rubric} template as {@code {criterion}},
 * {@code {definition}}, {@code {scale_min}}, {@code {scale_max}} and {@code {levels}}.
 *
 * <pre>{@code
 * Criterion c = new Criterion("coherence", "Ideas follow from each other.", 1, 5,
 *     Map.of(1, "Disjointed.", 5, "Flows throughout."));
 * c.levelsText();   // "1: Disjointed.\n5: Flows throughout."
 * }</pre>
 *
 * @param name short id, used as the metric name
 * @param definition what the criterion measures, in plain words
 * @param min lowest grade
 * @param max highest grade
 * @param levels description of some or all grades
 * @param examples few-shot examples for this criterion, shown after the template's own
 */
public record Criterion(
    String name, String definition, int min, int max, Map<Integer, String> levels, List<FewShotExample> examples) {
  public Criterion {
    examples = examples == null ? List.of() : List.copyOf(examples);
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
    if (min >= max) {
      throw new IllegalArgumentException("criterion '" + name + "': scale: expected min < max, found " + min + ".." + max);
    }
    levels = levels == null ? Map.of() : Map.copyOf(levels);
    for (int level : levels.keySet()) {
      if (level < min || level > max) {
        throw new IllegalArgumentException("criterion '" + name + "': level " + level + " is outside " + min + ".." + max);
      }
    }
  }

  /** A criterion without few-shot examples. */
  public Criterion(String name, String definition, int min, int max, Map<Integer, String> levels) {
    this(name, definition, min, max, levels, List.of());
  }

  /** The level anchors, one per line, lowest first; a generic line when there are none. */
  public String levelsText() {
    if (levels.isEmpty()) {
      return min + " is the worst, " + max + " the best.";
    }
    StringBuilder sb = new StringBuilder();
    new TreeMap<>(levels).forEach((k, v) -> sb.append(sb.isEmpty() ? "" : "\n").append(k).append(": ").append(v));
    return sb.toString();
  }

  /** {@code score} rescaled to [0, 1] on this criterion's scale. */
  public double normalise(double score) {
    return (score - min) / (max - min);
  }
}
