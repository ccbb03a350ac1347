package dev.assay.server.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML text for the server's pages: escaping, the page frame (one small stylesheet, no scripts
 * from anywhere else) and a safe Markdown subset for guidelines (paragraphs, {@code -} lists,
 * {@code **bold**}, {@code *emphasis*}, {@code `code`}; everything escaped first).
 *
 * <pre>{@code
 * String page = Html.page("Projects", "ann", "<p>" + Html.esc(name) + "</p>");
 * }</pre>
 */
public final class Html {
  private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
  private static final Pattern EM = Pattern.compile("\\*(.+?)\\*");
  private static final Pattern CODE = Pattern.compile("`(.+?)`");

  private Html() {}

  /** {@code s} safe inside HTML text and attribute values. */
  public static String esc(String s) {
    return dev.assay.core.text.HtmlText.escape(s);
  }


  /** Guidelines' Markdown subset as HTML. */
  public static String markdown(String md) {
    StringBuilder out = new StringBuilder();
    boolean list = false;
    for (String block : (md == null ? "" : md).replace("\r", "").split("\n\\s*\n")) {
      for (String line : block.split("\n")) {
        String t = line.strip();
        if (t.startsWith("- ") || t.startsWith("* ")) {
          if (!list) {
            out.append("<ul>");
            list = true;
          }
          out.append("<li>").append(inline(t.substring(2))).append("</li>");
        } else {
          if (list) {
            out.append("</ul>");
            list = false;
          }
          if (!t.isEmpty()) {
            out.append(t.startsWith("#") ? "<h3>" + inline(t.replaceFirst("^#+\\s*", "")) + "</h3>" : "<p>" + inline(t) + "</p>");
          }
        }
      }
      if (list) {
        out.append("</ul>");
        list = false;
      }
    }
    return out.toString();
  }

  private static String inline(String text) {
    String s = esc(text);
    s = replace(CODE, s, "<code>$1</code>");
    s = replace(BOLD, s, "<strong>$1</strong>");
    return replace(EM, s, "<em>$1</em>");
  }

  private static String replace(Pattern p, String s, String with) {
    Matcher m = p.matcher(s);
    return m.replaceAll(with);
  }

  /** A whole page: title, who is signed in (or null), body. */
  public static String page(String title, String user, String body) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
        + "<title>" + esc(title) + " · Assay</title><style>" + CSS + "</style></head><body><header><a href=\"/\">Assay</a>"
        + (user == null ? "" : "<span class=\"who\">" + esc(user) + " · <form method=\"post\" action=\"/logout\" class=\"inline\">"
            + "<button>Sign out</button></form></span>")
        + "</header><main>" + body + "</main></body></html>";
  }

  private static final String CSS = "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}"
      + "header{background:#1d2330;color:#fff;padding:.6em 1.2em;display:flex;justify-content:space-between}"
      + "header a{color:#fff;text-decoration:none;font-weight:600}.who button{background:none;border:0;color:#cfd6e4;cursor:pointer}"
      + "main{max-width:1200px;margin:1.2em auto;padding:0 1.2em}.inline{display:inline}"
      + ".task{display:grid;grid-template-columns:1fr 1fr;gap:1em}.answer{background:#fff;border:1px solid #d5d9e0;border-radius:6px;"
      + "padding:1em;white-space:pre-wrap}.answer h3{margin-top:0}.side{background:#fff;border-left:4px solid #4c6ef5;padding:.8em 1em}"
      + ".layout{display:grid;grid-template-columns:3fr 1fr;gap:1.2em}.keys button{font-size:1em;padding:.5em 1em;margin-right:.4em}"
      + "kbd{border:1px solid #999;border-radius:3px;padding:0 .3em;font-size:.85em}.error{color:#b00020}.muted{color:#667}"
      + "table{border-collapse:collapse}td,th{padding:.3em .8em;border-bottom:1px solid #e1e4ea;text-align:left}"
      + ".metric{font-size:1.6em;font-weight:600}";
}
