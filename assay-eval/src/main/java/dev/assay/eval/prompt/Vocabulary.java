package dev.assay.eval.prompt;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The placeholder names a template of each {@link TemplateKind} may use. Numbered forms
 * ({@code question_2}, {@code answer_a_1}, {@code ref_answer_2}) address the turns of a multi-turn
 * item, as in FastChat's multi-turn templates; the plain forms mean the last turn.
 *
 * <pre>{@code
 * Vocabulary.known(TemplateKind.SINGLE, "answer");      // true
 * Vocabulary.known(TemplateKind.SINGLE, "output_a");    // false: single templates see one answer
 * }</pre>
 */
public final class Vocabulary {
  private static final Set<String> COMMON = Set.of(
      "instruction", "question", "reference", "category", "id", "scale_min", "scale_max");
  private static final Set<String> ONE_ANSWER = Set.of("answer", "output");
  private static final Set<String> TWO_ANSWERS = Set.of("output_a", "output_b", "answer_a", "answer_b");
  private static final Set<String> RUBRIC = Set.of("criterion", "definition", "levels");
  private static final Pattern COMMON_NUMBERED = Pattern.compile("(question|ref_answer|reference)_[1-9][0-9]*");
  private static final Pattern ONE_NUMBERED = Pattern.compile("(answer|output)_[1-9][0-9]*");
  private static final Pattern TWO_NUMBERED = Pattern.compile("(answer|output)_[ab]_[1-9][0-9]*");

  private Vocabulary() {}

  /** True when templates of {@code kind} may use {@code name}. */
  public static boolean known(TemplateKind kind, String name) {
    if (COMMON.contains(name) || COMMON_NUMBERED.matcher(name).matches()) {
      return true;
    }
    return switch (kind) {
      case PAIRWISE, PAIRWISE_LOGPROB -> TWO_ANSWERS.contains(name) || TWO_NUMBERED.matcher(name).matches();
      case SINGLE -> ONE_ANSWER.contains(name) || ONE_NUMBERED.matcher(name).matches();
      case RUBRIC -> ONE_ANSWER.contains(name) || ONE_NUMBERED.matcher(name).matches() || RUBRIC.contains(name);
    };
  }

  /** A short list of the names {@code kind} allows, for error messages. */
  public static String describe(TemplateKind kind) {
    String base = "instruction, question, reference, category, id, scale_min, scale_max, question_N, ref_answer_N";
    return switch (kind) {
      case PAIRWISE, PAIRWISE_LOGPROB -> base + ", output_a, output_b, answer_a, answer_b, answer_a_N, answer_b_N";
      case SINGLE -> base + ", answer, output, answer_N";
      case RUBRIC -> base + ", answer, output, answer_N, criterion, definition, levels";
    };
  }
}
