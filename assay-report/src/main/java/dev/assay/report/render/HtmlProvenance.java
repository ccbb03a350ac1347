package dev.assay.report.render;

import dev.assay.report.model.RunProvenance;
import java.util.List;
import java.util.Map;

/**
 * The page footer that says how every run in the report was made: directory, command, tool
 * version, start time, inputs with their sha256 (12 hex digits shown, the full digest in the
 * {@code title} attribute) and record counts, components and seeds.
 *
 * <pre>{@code
 * new HtmlProvenance(out).footer(report.provenance());
 * }</pre>
 */
final class HtmlProvenance {
  static final int SHORT_HASH = 12;

  private final StringBuilder out;

  HtmlProvenance(StringBuilder out) {
    this.out = out;
  }

  void footer(List<RunProvenance> runs) {
    out.append("<footer class=\"provenance\" id=\"provenance\">\n<h2>How these results were made</h2>\n");
    if (runs.isEmpty()) {
      out.append("<p>No run recorded its provenance.</p>\n");
    }
    for (RunProvenance run : runs) {
      run(run);
    }
    out.append("</footer>\n");
  }

  private void run(RunProvenance r) {
    out.append("<section class=\"run\">\n<h3><code>").append(Html.text(r.runDir())).append("</code></h3>\n<dl>\n");
    item("Command", "<code>" + Html.text(r.command()) + "</code>");
    item("Tool version", Html.text(r.toolVersion()));
    item("Started", Html.text(r.startedAt()));
    if (!r.components().isEmpty()) {
      item("Components", pairs(r.components()));
    }
    if (!r.seeds().isEmpty()) {
      item("Seeds", pairs(r.seeds()));
    }
    out.append("</dl>\n");
    if (!r.inputs().isEmpty()) {
      out.append("<div class=\"table-wrap\"><table>\n<caption>Inputs</caption>\n")
          .append("<thead><tr><th scope=\"col\">File</th><th scope=\"col\">sha256</th>")
          .append("<th scope=\"col\" class=\"num\">Records</th></tr></thead>\n<tbody>\n");
      for (RunProvenance.Input in : r.inputs()) {
        String sha = in.sha256() == null ? "" : in.sha256();
        String shown = sha.length() > SHORT_HASH ? sha.substring(0, SHORT_HASH) + "\u2026" : sha;
        out.append("<tr><td><code>").append(Html.text(in.path())).append("</code></td>")
            .append("<td><code title=\"").append(Html.text(sha)).append("\">").append(Html.text(shown)).append("</code></td>")
            .append("<td class=\"num\">").append(in.records() < 0 ? "unknown" : String.format(java.util.Locale.ROOT, "%,d", in.records()))
            .append("</td></tr>\n");
      }
      out.append("</tbody></table></div>\n");
    }
    out.append("</section>\n");
  }

  private void item(String term, String html) {
    out.append("<dt>").append(term).append("</dt><dd>").append(html).append("</dd>\n");
  }

  private static String pairs(Map<String, ?> map) {
    StringBuilder b = new StringBuilder();
    map.forEach((k, v) -> b.append(b.isEmpty() ? "" : "<br>")
        .append("<code>").append(Html.text(k)).append("</code>: ").append(Html.text(String.valueOf(v))));
    return b.toString();
  }
}
