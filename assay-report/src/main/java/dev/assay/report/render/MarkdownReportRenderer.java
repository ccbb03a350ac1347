package dev.assay.report.render;

import dev.assay.report.model.Block;
import dev.assay.report.model.Callout;
import dev.assay.report.model.Chart;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Report;
import dev.assay.report.model.RunProvenance;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report as GitHub-flavoured Markdown ({@code report.md}) for a pull request or an e-mail: the
 * executive summary as bullet lists, each section's text, callouts as block quotes, tables as
 * GFM tables, each chart as its title, caption and data table (long tables cut at
 * {@link #MAX_ROWS} rows, the rest being in {@code report.json}), and a compact provenance list.
 *
 * <pre>{@code
 * String md = new MarkdownReportRenderer().render(report);
 * }</pre>
 */
public final class MarkdownReportRenderer {

  /** Rows of a table printed before the rest is left to report.json. */
  public static final int MAX_ROWS = 20;

  /** The Markdown text, ending with a newline. */
  public String render(Report report) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(inline(report.title())).append("\n\n");
    out.append("_Generated ").append(inline(report.generatedAt())).append("_\n\n");
    ExecutiveSummary s = report.summary();
    if (!HtmlReportRenderer.isEmpty(s)) {
      out.append("## Summary\n\n");
      list(out, "What was tested", s.tested());
      list(out, "Headline results", s.headlines());
      list(out, "Not significant", s.notSignificant());
      list(out, "Caveats", s.caveats());
    }
    for (Section section : report.sections()) {
      out.append("## ").append(inline(section.title())).append("\n\n");
      if (section.intro() != null && !section.intro().isBlank()) {
        out.append(inline(section.intro())).append("\n\n");
      }
      section.blocks().forEach(b -> block(out, b));
    }
    provenance(out, report.provenance());
    return out.toString();
  }

  private static void list(StringBuilder out, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    out.append("**").append(heading).append("**\n\n");
    items.forEach(i -> out.append("- ").append(inline(i)).append('\n'));
    out.append('\n');
  }

  private static void block(StringBuilder out, Block block) {
    switch (block) {
      case Paragraph p -> out.append(inline(p.text())).append("\n\n");
      case Callout c -> out.append("> **").append(HtmlBlocks.label(c.level())).append(":** ").append(inline(c.text())).append("\n\n");
      case Table t -> table(out, t, t.caption());
      case Chart c -> {
        out.append("**Chart: ").append(inline(c.title())).append("**\n\n");
        if (c.caption() != null && !c.caption().isBlank()) {
          out.append(inline(c.caption())).append("\n\n");
        }
        table(out, c.data(), "");
      }
    }
  }

  private static void table(StringBuilder out, Table t, String caption) {
    if (caption != null && !caption.isBlank()) {
      out.append("**").append(inline(caption)).append("**\n\n");
    }
    out.append('|');
    t.columns().forEach(c -> out.append(' ').append(cell(CellFormat.header(c))).append(" |"));
    out.append("\n|");
    t.columns().forEach(c -> out.append(CellFormat.numeric(c) ? " ---: |" : " --- |"));
    out.append('\n');
    int shown = Math.min(MAX_ROWS, t.rows().size());
    for (List<Object> row : t.rows().subList(0, shown)) {
      out.append('|');
      for (int i = 0; i < row.size(); i++) {
        out.append(' ').append(cell(CellFormat.cell(t.columns().get(i), row.get(i)))).append(" |");
      }
      out.append('\n');
    }
    if (t.rows().size() > shown) {
      out.append("\n_... ").append(t.rows().size() - shown).append(" more rows in report.json_\n");
    }
    out.append('\n');
  }

  private static void provenance(StringBuilder out, List<RunProvenance> runs) {
    out.append("## How these results were made\n\n");
    if (runs.isEmpty()) {
      out.append("No run recorded its provenance.\n");
    }
    for (RunProvenance r : runs) {
      out.append("- `").append(code(r.runDir())).append("`: `").append(code(r.command())).append("`, Assay ")
          .append(inline(r.toolVersion())).append(", started ").append(inline(r.startedAt())).append('\n');
      for (RunProvenance.Input in : r.inputs()) {
        String sha = in.sha256() == null ? "" : in.sha256();
        out.append("  - input `").append(code(in.path())).append("` sha256 `")
            .append(code(sha.length() > HtmlProvenance.SHORT_HASH ? sha.substring(0, HtmlProvenance.SHORT_HASH) : sha))
            .append("`, ").append(in.records() < 0 ? "unknown" : String.format(Locale.ROOT, "%,d", in.records()))
            .append(" records\n");
      }
      if (!r.components().isEmpty()) {
        out.append("  - components: ").append(pairs(r.components())).append('\n');
      }
      if (!r.seeds().isEmpty()) {
        out.append("  - seeds: ").append(pairs(r.seeds())).append('\n');
      }
    }
  }

  private static String pairs(Map<String, ?> map) {
    StringBuilder b = new StringBuilder();
    map.forEach((k, v) -> b.append(b.isEmpty() ? "" : "; ").append(inline(k)).append(" = ").append(inline(String.valueOf(v))));
    return b.toString();
  }

  /**
   * Plain text made inert in Markdown: characters that could start markup are escaped and lines
   * joined. An underscore between two letters or digits ({@code gopher_repetition}) never starts
   * emphasis in GitHub's Markdown, so it is left as it is, for a readable text file.
   */
  static String inline(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '_' -> b.append(inWord(s, i) ? "_" : "\\_");
        case '\\', '`', '*', '[', ']', '<', '>', '#', '|', '~' -> b.append('\\').append(c);
        case '\r', '\n' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean inWord(String s, int i) {
    return i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1));
  }

  /** A table cell: escaped like {@link #inline} (which escapes {@code |}). */
  private static String cell(String s) {
    return inline(s);
  }

  /** Text inside a code span: backticks cannot be escaped there, so they become quotes. */
  private static String code(String s) {
    return s == null ? "" : s.replace('`', '\'').replace('\n', ' ');
  }
}
