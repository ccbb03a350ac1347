package dev.assay.core.format;

import dev.assay.core.manifest.Sha256;
import dev.assay.core.model.Message;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Two answers to one prompt, as every pair format Assay reads maps to it ({@link PairFormats}):
 * what a judge compares and a reward model scores. {@code a} is the first answer of the source
 * format (the chosen one of a preference pair, AlpacaEval's {@code output_1}, a pair run's
 * {@code output_a}).
 *
 * <pre>{@code
 * AnswerPair p = PairFormats.read(node, "pairs.jsonl:3");
 * String id = p.idOrDerived();   // the record's id, else "pair-" + 16 hex digits of its text
 * }</pre>
 *
 * @param id the record's own id, or null when it has none
 * @param itemId the item (instruction) several pairs share, or null (the id then stands for it)
 * @param prompt the conversation before the answers (at least one message)
 * @param a the first answer
 * @param b the second answer
 * @param modelA who wrote {@code a}, or null
 * @param modelB who wrote {@code b}, or null
 * @param label the source's preference: 1 = {@code a}, 2 = {@code b}, between = soft, 1.5 = a
 *     tie, NaN = none (a pair run) or no verdict
 * @param format the name of the format the record was read as
 */
public record AnswerPair(
    String id, String itemId, List<Message> prompt, String a, String b, String modelA, String modelB,
    double label, String format) {

  /** Validates and copies. */
  public AnswerPair {
    prompt = List.copyOf(prompt);
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(format, "format");
    if (prompt.isEmpty()) {
      throw new IllegalArgumentException("prompt: expected at least one message, found none");
    }
  }

  /**
   * The text a judge reads as the instruction: the user message when the prompt is one turn,
   * else the conversation as {@code "User: ...\n\nAssistant: ..."} lines.
   */
  public String instruction() {
    if (prompt.size() == 1) {
      return prompt.get(0).content();
    }
    StringBuilder s = new StringBuilder();
    for (Message m : prompt) {
      if (!s.isEmpty()) {
        s.append("\n\n");
      }
      String role = m.role();
      s.append(Character.toUpperCase(role.charAt(0))).append(role.substring(1)).append(": ").append(m.content());
    }
    return s.toString();
  }

  /** The record's id, else {@link #derivedId()}. */
  public String idOrDerived() {
    return id != null ? id : derivedId();
  }

  /**
   * An id from the content alone ({@code "pair-"} and the first 16 hex digits of the SHA-256 of
   * the prompt and both answers), the same in every run and on every machine, so a resumed judge
   * run finds its finished rows again. Identical records get identical ids; a reader that needs
   * unique ids numbers the repeats ({@link PairFormats.Ids}).
   */
  public String derivedId() {
    StringBuilder s = new StringBuilder();
    for (Message m : prompt) {
      s.append(m.role()).append('\u0000').append(m.content()).append('\u0000');
    }
    s.append('\u0001').append(a).append('\u0001').append(b);
    return "pair-" + Sha256.of(s.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
  }
}
