package dev.assay.eval.benchmark.alpacaeval;

import java.util.List;
import java.util.Objects;

/**
 * All annotations of one model against the baseline, as one AlpacaEval {@code annotations.json}
 * holds them.
 *
 * <pre>{@code
 * AnnotationSet s = AnnotationReader.read(Path.of("results/phi-2/weighted_alpaca_eval_gpt4_turbo/annotations.json"));
 * s.model();         // "phi-2" (from the path; generator_2 as written in the file is s.generator())
 * s.annotations();   // 803 rows
 * }</pre>
 *
 * @param model the model's leaderboard name (from the file's path, see {@link AnnotationReader})
 * @param baseline {@code generator_1} of the records (the same in every record)
 * @param generator {@code generator_2} of the records as written (AlpacaEval's example NullModel
 *     writes "example"); empty when absent
 * @param source the file read
 * @param annotations the records in file order
 */
public record AnnotationSet(
    String model, String baseline, String generator, String source, List<Annotation> annotations) {
  /** Validates and copies. */
  public AnnotationSet {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(source, "source");
    annotations = List.copyOf(annotations);
    if (annotations.isEmpty()) {
      throw new IllegalArgumentException(source + ": expected at least one annotation, found none");
    }
  }

  /** True when this is the baseline judged against itself (AlpacaEval's 50% row). */
  public boolean isBaseline() {
    return model.equals(baseline) || generator.equals(baseline);
  }

  /**
   * AlpacaEval's gamed baselines ({@code notebook_helpers.make_data}): the baseline's name plus
   * "verbose" or "concise"; the length-controlled GLM uses them as regularisation rows.
   */
  public boolean isGamedBaseline() {
    return !isBaseline() && model.contains(baseline) && (model.contains("verbose") || model.contains("concise"));
  }

  /** The preferences in file order ({@link Annotation#preference()}). */
  public double[] preferences() {
    return annotations.stream().mapToDouble(Annotation::preference).toArray();
  }

  /**
   * AlpacaEval's {@code avg_length}: the integer part of the mean length of the model's outputs
   * (here {@code output_2} of the annotations; AlpacaEval reads {@code model_outputs.json}, which
   * differs where annotations are missing).
   */
  public long averageLength() {
    long sum = 0;
    for (Annotation a : annotations) {
      sum += a.length2();
    }
    return (long) ((double) sum / annotations.size());
  }
}
