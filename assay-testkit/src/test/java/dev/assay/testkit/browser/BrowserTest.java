package dev.assay.testkit.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The Selenium-driven chromium: opens a file, evaluates, sees console errors and requests, screenshots and prints. */
@Timeout(90)
class BrowserTest {

  @BeforeAll
  static void needsChromium() {
    Browser.assumeAvailable();
  }

  @Test
  void opensAFileEvaluatesAndSeesErrorsAndRequests(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, """
        <!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body>
        <p id="p">hello</p>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
        <script>
          console.error('planted', 42);
          setTimeout(() => { window.ready = true; }, 200);
          setTimeout(() => { throw new Error('boom'); }, 0);
        </script></body></html>
        """);
    try (Browser browser = Browser.start()) {
      browser.open(page, "window.ready === true");
      assertThat(browser.evaluate("document.getElementById('p').textContent").asString()).isEqualTo("hello");
      assertThat(browser.evaluate("1 + 2").asInt()).isEqualTo(3);
      assertThat(browser.evaluate("({a: [1, 2]})").path("a").size()).isEqualTo(2);
      assertThat(browser.evaluate("undefined").isMissingNode()).isTrue();
      assertThatThrownBy(() -> browser.evaluate("nope.nope")).hasMessageContaining("nope is not defined");
      assertThat(browser.consoleErrors()).anySatisfy(e -> assertThat(e).contains("planted").contains("42"));
      assertThat(browser.consoleErrors()).anySatisfy(e -> assertThat(e).contains("boom"));
      assertThat(browser.requestedUrls()).contains(page.toUri().toString());
      Path png = dir.resolve("shot.png");
      browser.screenshot(png);
      assertThat(Arrays.copyOf(Files.readAllBytes(png), 4)).containsExactly(0x89, 'P', 'N', 'G');
      browser.screenshot(dir.resolve("p.png"), "#p");
      assertThat(dir.resolve("p.png")).isNotEmptyFile();
      browser.pdf(dir.resolve("page.pdf"));
      assertThat(Files.readString(dir.resolve("page.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }
  }
}
