package dev.assay.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.chart.Bar;
import dev.assay.report.chart.Charts;
import dev.assay.report.model.Callout;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Report;
import dev.assay.report.model.RunProvenance;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MarkdownReportRendererTest {

  @Test
  void rendersASmallReportExactly() {
    Report r = new Report("Assay report: qa", new ExecutiveSummary(List.of("We checked 500 records."),
        List.of("488 of 500 records (97.6%) were kept."), List.of(), List.of("2 files had no manifest.")),
        List.of(new Section("qa", "Data quality", "What QA removed.", List.of(
            new Paragraph("Checks ran in order."),
            new Callout(Callout.Level.WARNING, "3 rows failed."),
            new Table("checks", "Checks", List.of(Column.text("check", "Check"), Column.number("share", "Share", "%", 1)),
                List.of(List.of("a|b", 2.449), List.of("pii", 0.5))),
            Charts.bars("reasons", "Reject reasons", "Mostly duplicates.", "Records", List.of(new Bar("dup", 9)))))),
        List.of(new RunProvenance("out/qa", "qa", "0.1.0 (abc1234)", "2026-11-25T09:00:00Z",
            List.of(new RunProvenance.Input("in.jsonl", "0123456789abcdef0123", 500)), Map.of("pii", "email,phone"), Map.of("seed", 7L))),
        "2026-11-25T09:30:00Z");
    assertThat(new MarkdownReportRenderer().render(r)).isEqualTo("""
        # Assay report: qa

        _Generated 2026-11-25T09:30:00Z_

        ## Summary

        **What was tested**

        - We checked 500 records.

        **Headline results**

        - 488 of 500 records (97.6%) were kept.

        **Caveats**

        - 2 files had no manifest.

        ## Data quality

        What QA removed.

        Checks ran in order.

        > **Warning:** 3 rows failed.

        **Checks**

        | Check | Share (%) |
        | --- | ---: |
        | a\\|b | 2.4 |
        | pii | 0.5 |

        **Chart: Reject reasons**

        Mostly duplicates.

        | Name | Records |
        | --- | ---: |
        | dup | 9 |

        ## How these results were made

        - `out/qa`: `qa`, Assay 0.1.0 (abc1234), started 2026-11-25T09:00:00Z
          - input `in.jsonl` sha256 `0123456789ab`, 500 records
          - components: pii = email,phone
          - seeds: seed = 7
        """);
  }

  @Test
  void longTablesAreCutWithAPointerToTheJson() {
    List<List<Object>> rows = new ArrayList<>();
    IntStream.range(0, 25).forEach(i -> rows.add(List.of("row " + i, i)));
    Table t = new Table("many", "Many rows", List.of(Column.text("k", "K"), Column.number("v", "V", "", 0)), rows);
    Report r = new Report("t", ExecutiveSummary.empty(), List.of(new Section("s", "S", "", List.of(t))), List.of(), "now");
    String md = new MarkdownReportRenderer().render(r);
    assertThat(md).contains("| row 19 | 19 |", "_... 5 more rows in report.json_").doesNotContain("row 20");
  }

  @Test
  void markupInTextIsMadeInert() {
    String md = new MarkdownReportRenderer().render(SampleReport.full());
    assertThat(md).contains("a \\</script\\>\\<b\\>bold\\</b\\> & \\<!-- \\| pipe").doesNotContain("<b>");
    assertThat(md).contains("> **Problem:** One input file was empty.", "> **Note:** Toxicity used the embedded scorer.");
    assertThat(MarkdownReportRenderer.inline("two\nlines *x* `c` [l](u) # h")).isEqualTo("two lines \\*x\\* \\`c\\` \\[l\\](u) \\# h");
    assertThat(MarkdownReportRenderer.inline("gopher_repetition _em_ a__b x_")).isEqualTo("gopher_repetition \\_em\\_ a\\_\\_b x\\_");
  }
}
