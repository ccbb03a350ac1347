package dev.assay.models.toxicity.embedded;

import java.util.regex.Pattern;

/**
 * Brings tweets and ordinary text to one surface form before embedding, the conventions of OLID:
 * user mentions become {@code @USER}, links become {@code URL}, the common HTML entities are
 * decoded and runs of whitespace collapse to one space. Training and scoring both apply it.
 *
 * <pre>{@code
 * TweetText.normalise("RT @bob: look http://t.co/x &amp; see")   // "RT @USER: look URL & see"
 * }</pre>
 */
public final class TweetText {
  private static final Pattern MENTION = Pattern.compile("@[A-Za-z0-9_]+");
  private static final Pattern LINK = Pattern.compile("https?://\\S+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private TweetText() {}

  /** The normalised text; blank text stays blank. */
  public static String normalise(String text) {
    String t = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
    t = LINK.matcher(t).replaceAll("URL");
    t = MENTION.matcher(t).replaceAll("@USER");
    return SPACE.matcher(t).replaceAll(" ").strip();
  }
}
