package dev.assay.models.toxicity.embedded;

import java.util.Objects;

/**
 * One labelled training text for the embedded toxicity scorer, with where it came from.
 *
 * <pre>{@code
 * var e = new ToxicityExample("you are an idiot", "olid", "", 1, 0);
 * boolean toxic = e.toxicity() == 1;
 * }</pre>
 *
 * @param text the text as the scorer will see it (after {@link TweetText#normalise})
 * @param source {@code olid}, {@code davidson} or {@code toxigen}
 * @param group the identity group a ToxiGen statement is about; empty for the tweet sets
 * @param toxicity 1 if the source calls the text offensive, hateful or toxic, else 0
 * @param identityAttack 1 if the source says it targets a group (OLID GRP, Davidson hate,
 *     ToxiGen hate), else 0
 */
public record ToxicityExample(String text, String source, String group, int toxicity, int identityAttack) {
  /** Checks the fields. */
  public ToxicityExample {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(group, "group");
    if ((toxicity & ~1) != 0 || (identityAttack & ~1) != 0) {
      throw new IllegalArgumentException("labels must be 0 or 1");
    }
  }

  /** The label's value by name: {@code toxicity} or {@code identity_attack}. */
  public int label(String name) {
    return switch (name) {
      case "toxicity" -> toxicity;
      case "identity_attack" -> identityAttack;
      default -> throw new IllegalArgumentException("unknown label: " + name);
    };
  }
}
