package dev.assay.server.web;

import dev.assay.server.annotate.ProjectAgreement;
import dev.assay.server.annotate.Review;
import dev.assay.server.project.Project;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lead's dashboard of a project: agreement (Krippendorff's alpha, Fleiss' kappa, percent
 * agreement over the items with two or more labels), the label mix as a bar chart, each
 * annotator's share of "the answer shown first" (position bias: 0.5 is none), accuracy on gold
 * items, the disagreement queue with a form to settle each item, the members and a form to add one.
 *
 * <pre>{@code
 * String body = Dashboard.body(project, ProjectAgreement.of(db, id), projects.members(id), queue, gold, session.csrf());
 * }</pre>
 */
final class Dashboard {
  private Dashboard() {}

  static String body(Project p, ProjectAgreement.Result r, List<String[]> members, List<Review.Disagreement> queue,
      Map<String, long[]> gold, String csrf) {
    StringBuilder b = new StringBuilder("<h1>").append(Html.esc(p.name())).append(" <span class=\"muted\">dashboard</span></h1>");
    b.append("<table id=\"agreement\"><tr><th>Krippendorff's alpha</th><th>Fleiss' kappa</th><th>Percent agreement</th>"
        + "<th>Items with 2+ labels</th><th>Annotations</th></tr><tr>")
        .append(metric("alpha", r.krippendorffAlpha())).append(metric("kappa", r.fleissKappa()))
        .append(metric("percent", r.percentAgreement()))
        .append("<td class=\"metric\" id=\"n_items\">").append(r.nItems()).append("</td><td class=\"metric\" id=\"n_annotations\">")
        .append(r.nAnnotations()).append("</td></tr></table><p class=\"muted\">Labels a, b and tie as nominal categories; overlap ")
        .append(p.overlap()).append(" annotators per item.</p>");
    b.append("<h2>Labels</h2>").append(bars(r.labels()));
    b.append("<h2>Position bias</h2><p class=\"muted\">Share of each annotator's a/b labels that chose the answer shown first"
        + " (0.50: no bias).</p><table id=\"bias\"><tr><th>Annotator</th><th>Chose the first shown</th></tr>");
    r.firstShownChosen().forEach((who, share) -> b.append("<tr><td>").append(Html.esc(who)).append("</td><td>")
        .append(Double.isFinite(share) ? String.format(Locale.ROOT, "%.2f", share) : "n/a").append("</td></tr>"));
    b.append("</table><h2>Gold items</h2><table id=\"gold\"><tr><th>Annotator</th><th>Gold items labelled</th><th>Correct</th></tr>");
    gold.forEach((who, nc) -> b.append("<tr><td>").append(Html.esc(who)).append("</td><td>").append(nc[0]).append("</td><td>")
        .append(nc[0] == 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100.0 * nc[1] / nc[0])).append("</td></tr>"));
    b.append("</table><h2>Disagreements</h2><table id=\"queue\"><tr><th>Item</th><th>Instruction</th><th>Labels</th><th>Settle</th></tr>");
    for (Review.Disagreement d : queue) {
      b.append("<tr><td>").append(Html.esc(d.itemId())).append("</td><td>").append(Html.esc(d.instruction())).append("</td><td>")
          .append(Html.esc(d.labels().toString())).append("</td><td><form method=\"post\" action=\"/p/").append(p.id())
          .append("/adjudicate\"><input type=\"hidden\" name=\"csrf\" value=\"").append(Html.esc(csrf))
          .append("\"><input type=\"hidden\" name=\"item\" value=\"").append(Html.esc(d.itemId()))
          .append("\"><select name=\"label\"><option>a</option><option>b</option><option>tie</option></select>")
          .append(" <input name=\"reason\" placeholder=\"why\"> <button>Settle</button></form></td></tr>");
    }
    b.append("</table><h2>Members</h2><table id=\"members\"><tr><th>User</th><th>Role</th></tr>");
    for (String[] m : members) {
      b.append("<tr><td>").append(Html.esc(m[0])).append("</td><td>").append(Html.esc(m[1])).append("</td></tr>");
    }
    b.append("</table><form method=\"post\" action=\"/p/").append(p.id()).append("/members\"><input type=\"hidden\" name=\"csrf\" value=\"")
        .append(Html.esc(csrf)).append("\"><input name=\"user\" placeholder=\"user name\"> <select name=\"role\">"
            + "<option>annotator</option><option>lead</option><option>client</option></select> <button>Add member</button></form>");
    return b.toString();
  }

  private static String metric(String id, double v) {
    return "<td class=\"metric\" id=\"" + id + "\">" + (Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a") + "</td>";
  }

  /** A horizontal bar per label, as inline SVG (no script, no library). */
  private static String bars(Map<String, Long> counts) {
    long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
    StringBuilder s = new StringBuilder("<svg id=\"labels\" width=\"420\" height=\"" + (counts.size() * 28 + 8)
        + "\" role=\"img\" aria-label=\"label counts\">");
    int y = 4;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      long w = Math.max(2, Math.round(300.0 * e.getValue() / Math.max(1, max)));
      s.append("<text x=\"0\" y=\"").append(y + 16).append("\">").append(Html.esc(e.getKey())).append("</text><rect x=\"40\" y=\"")
          .append(y).append("\" width=\"").append(w).append("\" height=\"20\" fill=\"#4c6ef5\"></rect><text x=\"").append(46 + w)
          .append("\" y=\"").append(y + 16).append("\">").append(e.getValue()).append("</text>");
      y += 28;
    }
    return s.append("</svg>").toString();
  }
}
