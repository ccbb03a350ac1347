package dev.assay.report.render;

import java.util.Locale;

/**
 * Escaping for the HTML page: text and attribute values, DOM ids, and JSON embedded in a
 * {@code <script type="application/json">} element.
 *
 * <pre>{@code
 * out.append("<p>").append(Html.text(paragraph.text())).append("</p>");
 * }</pre>
 */
public final class Html {
  private Html() {}

  /** {@code s} safe as element text or a quoted attribute value (null becomes empty). */
  public static String text(String s) {
    return dev.assay.core.text.HtmlText.escape(s);
  }


  /**
   * JSON text made safe inside a script element: every {@code <}, {@code >} and {@code &} (which
   * JSON only has inside strings) becomes a {@code \}{@code uXXXX} escape, so neither
   * {@code </script>} nor {@code <!--} can appear; so do U+2028 and U+2029.
   */
  public static String scriptJson(String json) {
    StringBuilder b = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<', '>', '&', '\u2028', '\u2029' -> b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A DOM id from free text: letters, digits, '-' and '_' kept, anything else '-'. */
  public static String id(String s) {
    String cleaned = s == null ? "" : s.replaceAll("[^A-Za-z0-9_-]+", "-");
    return cleaned.isEmpty() ? "x" : cleaned;
  }
}
