package dev.assay.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.ReportWriter;
import dev.assay.report.render.SampleReport;
import dev.assay.testkit.browser.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Opens a report with every chart kind in a real headless chromium (Selenium, chromium-driver) and checks what a reader would
 * see: every chart drawn as SVG, no script error, no request leaving the file, a screenshot.
 * Skipped where chromium is missing, except on CI.
 */
@Timeout(60)
class ReportInBrowserTest {
  private static final Path SCREENSHOT = Path.of("target/report-screenshot.png");

  @Test
  void everyChartIsDrawnWithoutErrorsOrNetworkRequests(@TempDir Path dir) throws Exception {
    Browser.assumeAvailable();
    Path html = ReportWriter.write(SampleReport.full(), dir.resolve("report.html")).html();
    try (Browser browser = Browser.start()) {
      browser.open(html, "window.assayReportReady === true");

      JsonNode charts = browser.evaluate("""
          Array.from(document.querySelectorAll('[data-assay-chart]')).map(el => ({
            id: el.id,
            drawn: el.getAttribute('data-assay-drawn'),
            svg: el.querySelectorAll('svg').length,
            shapes: el.querySelectorAll('svg path, svg rect, svg text').length,
            texts: el.querySelectorAll('svg text').length
          }))""");
      assertThat(charts.size()).isEqualTo(10);
      for (JsonNode c : charts) {
        assertThat(c.path("drawn").asString()).as(c.path("id").asString()).isEqualTo("true");
        assertThat(c.path("svg").asInt()).as(c.path("id").asString()).isEqualTo(1);
        assertThat(c.path("shapes").asInt()).as(c.path("id").asString() + " shapes").isGreaterThan(12);
        assertThat(c.path("texts").asInt()).as(c.path("id").asString() + " texts").isGreaterThan(2);
      }

      assertThat(browser.consoleErrors()).isEmpty();
      String self = html.toAbsolutePath().toUri().toString();
      assertThat(browser.requestedUrls()).contains(self)
          .allSatisfy(u -> assertThat(u).satisfiesAnyOf(x -> assertThat(x).isEqualTo(self), x -> assertThat(x).startsWith("data:")));

      browser.screenshot(SCREENSHOT);
      assertThat(Files.size(SCREENSHOT)).isGreaterThan(10_000);

      // printing opens every data table and fits each chart to the paper; afterwards all is as before
      browser.evaluate("""
          window.addEventListener('beforeprint', () => {
            window.printed = {
              open: document.querySelectorAll('details[open]').length,
              widths: Array.from(document.querySelectorAll('.chart-canvas svg')).map(s => s.getBoundingClientRect().width),
              // how far right anything is drawn, as a share of the chart's width: above 1 is cut off on paper
              overflow: Math.max(...Array.from(document.querySelectorAll('.chart-canvas svg')).map(s => {
                const box = s.getBoundingClientRect();
                return Math.max(...Array.from(s.querySelectorAll('text, rect, path'))
                    .map(e => (e.getBoundingClientRect().right - box.left) / box.width));
              }))
            };
          })""");
      double screenWidth = browser.evaluate("document.querySelector('.chart-canvas svg').getBoundingClientRect().width").asDouble();
      Path pdf = Path.of("target/report.pdf");
      browser.pdf(pdf);
      JsonNode printed = browser.evaluate("window.printed");
      assertThat(printed.path("open").asInt()).isEqualTo(10);
      assertThat(printed.path("widths")).hasSize(10).allSatisfy(w -> assertThat(w.asDouble()).isBetween(300.0, 680.0));
      assertThat(printed.path("overflow").asDouble()).as("drawn beyond the chart's right edge on paper").isLessThanOrEqualTo(1.01);
      assertThat(Files.size(pdf)).isGreaterThan(50_000);
      assertThat(browser.evaluate("document.querySelectorAll('details[open]').length").asInt()).isZero();
      assertThat(browser.evaluate("document.querySelector('.chart-canvas svg').getBoundingClientRect().width").asDouble())
          .isEqualTo(screenWidth);
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }
}
