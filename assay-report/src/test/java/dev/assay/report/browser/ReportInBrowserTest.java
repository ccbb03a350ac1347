package dev.assay.report.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.ReportWriter;
import dev.assay.report.render.SampleReport;
import dev.assay.testkit.browser.HeadlessChromium;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Opens a report with every chart kind in a real headless chromium and checks what a reader would
 * see: every chart drawn as SVG, no script error, no request leaving the file, a screenshot.
 * Skipped where chromium is missing, except on CI.
 */
@Timeout(60)
class ReportInBrowserTest {
  private static final Path SCREENSHOT = Path.of("target/report-screenshot.png");

  @Test
  void everyChartIsDrawnWithoutErrorsOrNetworkRequests(@TempDir Path dir) throws Exception {
    HeadlessChromium.assumeAvailable();
    Path html = ReportWriter.write(SampleReport.full(), dir.resolve("report.html")).html();
    try (HeadlessChromium browser = HeadlessChromium.start()) {
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

      // printing opens every data table, and closing the print dialog folds them again
      assertThat(browser.evaluate("window.dispatchEvent(new Event('beforeprint')); "
          + "document.querySelectorAll('details[open]').length").asInt()).isEqualTo(10);
      assertThat(browser.evaluate("window.dispatchEvent(new Event('afterprint')); "
          + "document.querySelectorAll('details[open]').length").asInt()).isZero();
    }
  }
}
