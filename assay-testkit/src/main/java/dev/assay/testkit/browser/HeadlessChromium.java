package dev.assay.testkit.browser;

import dev.assay.testkit.Ci;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A real headless chromium for tests, driven over the Chrome DevTools Protocol (no Selenium, no
 * Playwright): open a local file, evaluate JavaScript, take a screenshot, and see every console
 * error, uncaught exception and network request the page made. Each call has a timeout, so a
 * hung browser fails a test within a minute; {@link #close} kills the browser's process tree and
 * deletes its temporary profile. The binary is {@code /usr/bin/chromium} (Debian's package), or
 * the one named by the {@code ASSAY_CHROMIUM} environment variable.
 *
 * <pre>{@code
 * HeadlessChromium.assumeAvailable();
 * try (HeadlessChromium browser = HeadlessChromium.start()) {
 *   browser.open(Path.of("report.html"), "window.assayReportReady === true");
 *   long svgs = browser.evaluate("document.querySelectorAll('svg').length").asLong();
 *   browser.screenshot(Path.of("target/report.png"));
 *   assertThat(browser.consoleErrors()).isEmpty();
 * }
 * }</pre>
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(20);
  private static final Duration CALL = Duration.ofSeconds(15);
  private static final Duration LOAD = Duration.ofSeconds(30);

  private final ChromiumProcess process;
  private final CdpConnection cdp;
  private final List<String> consoleErrors = new ArrayList<>();
  private final List<String> requestedUrls = new ArrayList<>();
  private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();

  private HeadlessChromium(ChromiumProcess process, CdpConnection cdp) {
    this.process = process;
    this.cdp = cdp;
  }

  /** The chromium binary this class starts. */
  public static Path binary() {
    String env = System.getenv("ASSAY_CHROMIUM");
    return Path.of(env == null || env.isBlank() ? "/usr/bin/chromium" : env);
  }

  /** True when the chromium binary is installed. */
  public static boolean available() {
    return Files.isExecutable(binary());
  }

  /**
   * Skips the calling test when chromium is missing, except on CI (environment variable
   * {@code CI} set and non-empty), where a missing browser fails the test: CI must install it.
   */
  public static void assumeAvailable() {
    Ci.require(available(), binary() + " is not installed",
        "install Debian's chromium (apt-get install chromium chromium-driver) or set ASSAY_CHROMIUM to a chromium binary");
  }

  /** Starts a browser on a blank page with a 1280x900 viewport. */
  public static HeadlessChromium start() {
    ChromiumProcess process = null;
    try {
      process = ChromiumProcess.start(binary(), STARTUP);
      CdpConnection cdp = CdpConnection.open(pageSocket(process.port()), CALL);
      HeadlessChromium browser = new HeadlessChromium(process, cdp);
      browser.listen();
      return browser;
    } catch (Exception e) {
      String log = process == null ? "" : "\n" + process.log();
      if (process != null) {
        process.close();
      }
      throw new IllegalStateException("cannot start headless chromium: " + e.getMessage() + log, e);
    }
  }

  /** Opens a local file and waits for its load event and then for the page to be complete. */
  public void open(Path file) {
    open(file, "document.readyState === 'complete'");
  }

  /**
   * Opens a local file, waits for its load event, then until {@code readyPredicate} is true; the
   * whole wait is at most 30 seconds.
   */
  public void open(Path file, String readyPredicate) {
    long deadline = System.nanoTime() + LOAD.toNanos();
    loaded = new CompletableFuture<>();
    JsonNode nav = cdp.send("Page.navigate", Map.of("url", file.toAbsolutePath().toUri().toString()), CALL);
    if (nav.hasNonNull("errorText")) {
      throw new IllegalStateException("cannot open " + file + ": " + nav.get("errorText").asString());
    }
    try {
      loaded.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(file + ": no load event within " + LOAD.toSeconds() + " s", e);
    }
    while (!evaluate("Boolean(" + readyPredicate + ")").asBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(file + ": still not ready (" + readyPredicate + ") after " + LOAD.toSeconds() + " s");
      }
      ChromiumProcess.sleep(50);
    }
  }

  /** Evaluates an expression in the page (promises awaited) and returns its value as JSON. */
  public JsonNode evaluate(String expression) {
    JsonNode r = cdp.send("Runtime.evaluate",
        Map.of("expression", expression, "returnByValue", true, "awaitPromise", true), CALL);
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("JavaScript failed: " + describe(r.get("exceptionDetails")) + " in: " + expression);
    }
    JsonNode value = r.path("result").get("value");
    return value == null ? MissingNode.getInstance() : value;
  }

  /** A PNG of the whole page (not only the viewport). */
  public void screenshot(Path png) {
    JsonNode size = cdp.send("Page.getLayoutMetrics", Map.of(), CALL).path("cssContentSize");
    Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.ceil(size.path("width").asDouble()),
        "height", Math.ceil(size.path("height").asDouble()), "scale", 1);
    capture(png, clip);
  }

  /** A PNG of the first element matching a CSS selector. */
  public void screenshot(Path png, String cssSelector) {
    JsonNode box = evaluate("(() => { const r = document.querySelector(" + CdpConnection.JSON.writeValueAsString(cssSelector)
        + ").getBoundingClientRect(); return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height}; })()");
    capture(png, Map.of("x", box.path("x").asDouble(), "y", box.path("y").asDouble(),
        "width", box.path("w").asDouble(), "height", box.path("h").asDouble(), "scale", 1));
  }

  /** Prints the page to an A4 PDF with backgrounds, as the print dialog would. */
  public void pdf(Path file) {
    JsonNode pdf = cdp.send("Page.printToPDF",
        Map.of("printBackground", true, "paperWidth", 8.27, "paperHeight", 11.69), LOAD);
    write(file, Base64.getDecoder().decode(pdf.path("data").asString()));
  }

  /** Console errors, uncaught exceptions and error log entries, in order. */
  public synchronized List<String> consoleErrors() {
    return List.copyOf(consoleErrors);
  }

  /** Every URL the page asked for, in order (the document itself included). */
  public synchronized List<String> requestedUrls() {
    return List.copyOf(requestedUrls);
  }

  /** The temporary directory holding the profile and the browser's log (deleted on close). */
  Path directory() {
    return process.directory();
  }

  @Override
  public void close() {
    try {
      cdp.close();
    } finally {
      process.close();
    }
  }

  private void capture(Path png, Map<String, Object> clip) {
    JsonNode shot = cdp.send("Page.captureScreenshot",
        Map.of("format", "png", "captureBeyondViewport", true, "clip", clip), LOAD);
    write(png, Base64.getDecoder().decode(shot.path("data").asString()));
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private void listen() {
    cdp.onEvent(this::event);
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      cdp.send(domain + ".enable", Map.of(), CALL);
    }
    cdp.send("Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false), CALL);
  }

  private synchronized void event(JsonNode e) {
    JsonNode p = e.path("params");
    switch (e.path("method").asString()) {
      case "Page.loadEventFired" -> loaded.complete(null);
      case "Network.requestWillBeSent" -> requestedUrls.add(p.path("request").path("url").asString());
      case "Runtime.exceptionThrown" -> consoleErrors.add("exception: " + describe(p.path("exceptionDetails")));
      case "Runtime.consoleAPICalled" -> {
        if ("error".equals(p.path("type").asString())) {
          List<String> args = new ArrayList<>();
          p.path("args").forEach(a -> args.add(a.has("value") ? a.get("value").asString() : a.path("description").asString()));
          consoleErrors.add("console.error: " + String.join(" ", args));
        }
      }
      case "Log.entryAdded" -> {
        JsonNode entry = p.path("entry");
        if ("error".equals(entry.path("level").asString())) {
          consoleErrors.add("log: " + entry.path("text").asString() + " " + entry.path("url").asString());
        }
      }
      default -> {}
    }
  }

  private static String describe(JsonNode details) {
    JsonNode ex = details.path("exception");
    return ex.has("description") ? ex.get("description").asString() : details.path("text").asString();
  }

  /** The WebSocket of the browser's first page (its blank tab). */
  private static URI pageSocket(int port) throws Exception {
    try (HttpClient http = HttpClient.newBuilder().connectTimeout(CALL).build()) {
      long deadline = System.nanoTime() + STARTUP.toNanos();
      while (true) {
        try {
          HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
              .timeout(CALL).GET().build(), HttpResponse.BodyHandlers.ofString());
          for (JsonNode target : CdpConnection.JSON.readTree(r.body())) {
            if ("page".equals(target.path("type").asString())) {
              return URI.create(target.path("webSocketDebuggerUrl").asString());
            }
          }
        } catch (IOException e) {
          // DevTools may write its port file a moment before it answers
          if (System.nanoTime() > deadline) {
            throw e;
          }
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("chromium on port " + port + " has no page target");
        }
        ChromiumProcess.sleep(50);
      }
    }
  }
}
