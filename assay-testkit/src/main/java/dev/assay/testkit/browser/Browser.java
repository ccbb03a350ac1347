package dev.assay.testkit.browser;

import dev.assay.testkit.Ci;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A real browser for tests: Debian's chromium, headless, driven by Debian's chromium-driver through
 * Selenium WebDriver. It opens local files or URLs, evaluates JavaScript, takes screenshots and
 * PDFs, and collects the page's console errors and every URL it requested (from chromium's
 * performance log), so a test can prove a page needs no network.
 *
 * <pre>{@code
 * Browser.assumeAvailable();
 * try (Browser b = Browser.start()) {
 *   b.open(Path.of("report.html"), "window.assayReportReady === true");
 *   b.evaluate("document.title").asString();
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Duration LOAD = Duration.ofSeconds(30);
  private final ChromeDriver driver;
  private final List<String> consoleErrors = new ArrayList<>();
  private final List<String> requestedUrls = new ArrayList<>();

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** The chromium binary ({@code ASSAY_CHROMIUM}, else /usr/bin/chromium). */
  public static Path binary() {
    String env = System.getenv("ASSAY_CHROMIUM");
    return Path.of(env == null || env.isBlank() ? "/usr/bin/chromium" : env);
  }

  /** The driver binary ({@code ASSAY_CHROMEDRIVER}, else /usr/bin/chromedriver). */
  public static Path driverBinary() {
    String env = System.getenv("ASSAY_CHROMEDRIVER");
    return Path.of(env == null || env.isBlank() ? "/usr/bin/chromedriver" : env);
  }

  /** True when chromium and its driver are installed. */
  public static boolean available() {
    return Files.isExecutable(binary()) && Files.isExecutable(driverBinary());
  }

  /** Skips the calling test when they are missing, except on CI, where that fails it. */
  public static void assumeAvailable() {
    Ci.require(available(), binary() + " or " + driverBinary() + " is not installed",
        "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
  }

  /** Starts a headless browser with a 1280x900 window. */
  public static Browser start() {
    assumeAvailable();
    ChromeOptions o = new ChromeOptions();
    o.setBinary(binary().toString());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
        "--allow-file-access-from-files");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    o.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary().toFile())
        .usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, o));
  }

  /** The WebDriver, for tests that click and type. */
  public WebDriver driver() {
    return driver;
  }

  /** Opens a local file and waits until the page is complete. */
  public void open(Path file) {
    open(file, "document.readyState === 'complete'");
  }

  /** Opens a local file, then waits until {@code readyPredicate} is true (at most 30 s). */
  public void open(Path file, String readyPredicate) {
    driver.get(file.toAbsolutePath().toUri().toString());
    new WebDriverWait(driver, LOAD).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete' && Boolean(" + readyPredicate + ");")));
  }

  /** Evaluates an expression in the page and returns its value as JSON (missing for undefined). */
  public JsonNode evaluate(String expression) {
    Object r = driver.executeScript("return JSON.stringify((" + expression + "));");
    return r == null ? MissingNode.getInstance() : JSON.readTree((String) r);
  }

  /** A PNG of the whole page, beyond the window. */
  public void screenshot(Path png) {
    JsonNode size = JSON.valueToTree(driver.executeCdpCommand("Page.getLayoutMetrics", Map.of())).path("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.ceil(size.path("width").asDouble()),
        "height", Math.ceil(size.path("height").asDouble()), "scale", 1);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
    write(png, Base64.getDecoder().decode((String) shot.get("data")));
  }

  /** A PNG of the first element matching {@code cssSelector}. */
  public void screenshot(Path png, String cssSelector) {
    write(png, driver.findElement(By.cssSelector(cssSelector)).getScreenshotAs(OutputType.BYTES));
  }

  /** The page printed to PDF (print media, as a reader's "Save as PDF"). */
  public void pdf(Path file) {
    write(file, Base64.getDecoder().decode(((PrintsPage) driver).print(new PrintOptions()).getContent()));
  }

  /** Console errors and uncaught exceptions so far. */
  public synchronized List<String> consoleErrors() {
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        consoleErrors.add(e.getMessage());
      }
    }
    return List.copyOf(consoleErrors);
  }

  /** Every URL the page requested so far, in order. */
  public synchronized List<String> requestedUrls() {
    for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
      JsonNode m = JSON.readTree(e.getMessage()).path("message");
      if (m.path("method").asString().equals("Network.requestWillBeSent")) {
        requestedUrls.add(m.path("params").path("request").path("url").asString());
      }
    }
    return List.copyOf(requestedUrls);
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
