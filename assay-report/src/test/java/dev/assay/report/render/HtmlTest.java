package dev.assay.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void textEscapesMarkupAndQuotes() {
    assertThat(Html.text("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    assertThat(Html.text(null)).isEmpty();
  }

  @Test
  void scriptJsonCannotEndItsScriptAndStillParsesToTheSameValue() {
    String json = JsonReportRenderer.compact(Map.of("name", "</script><!-- a & b \u2028"));
    String safe = Html.scriptJson(json);
    assertThat(safe).doesNotContain("<", ">", "&", "\u2028");
    assertThat(JsonReportRenderer.MAPPER.readValue(safe, Map.class)).isEqualTo(Map.of("name", "</script><!-- a & b \u2028"));
  }

  @Test
  void idsKeepOnlySafeCharacters() {
    assertThat(Html.id("win rates/α\"x")).isEqualTo("win-rates-x");
    assertThat(Html.id("")).isEqualTo("x");
  }
}
