package dev.assay.core.text;

/**
 * Text made safe inside HTML: as element text or a quoted attribute value. One escaper for every
 * page Assay writes (the report, the server's pages).
 *
 * <pre>{@code
 * "<p>" + HtmlText.escape(userText) + "</p>"
 * }</pre>
 */
public final class HtmlText {
  private HtmlText() {}

  /** {@code s} with {@code & < > " '} escaped (null becomes empty). */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
