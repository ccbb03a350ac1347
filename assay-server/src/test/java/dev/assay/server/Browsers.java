package dev.assay.server;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium driven by Debian's chromium-driver through Selenium, headless. Without them
 * a test is skipped on a developer's machine and fails in CI, where .ci/run installs both.
 */
final class Browsers {
  private Browsers() {}

  static WebDriver chromium() {
    Path binary = Path.of(System.getenv().getOrDefault("ASSAY_CHROMIUM", "/usr/bin/chromium"));
    Path driver = Path.of(System.getenv().getOrDefault("ASSAY_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(binary) || !Files.isExecutable(driver)) {
      String need = binary + " or " + driver + " is missing: apt-get install chromium chromium-driver";
      if (System.getenv("CI") != null && !System.getenv("CI").isBlank()) {
        fail(need);
      }
      assumeTrue(false, need);
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary(binary.toString());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
    return new ChromeDriver(service, o);
  }
}
