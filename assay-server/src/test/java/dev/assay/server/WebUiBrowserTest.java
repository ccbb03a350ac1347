package dev.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.server.auth.Role;
import dev.assay.server.auth.Users;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * The web UI in a real browser (Debian's chromium through chromium-driver and Selenium): an
 * annotator signs in, labels items with the keyboard (1, 2, 3, and u to undo), a second annotator
 * finishes the project, and the lead's dashboard shows agreement appear. The labels stored are in
 * item terms: "1" picks whichever answer was shown first.
 */
class WebUiBrowserTest {
  @TempDir Path dir;
  AssayServer server;
  dev.assay.testkit.browser.Browser chromium;
  WebDriver browser;
  long project;
  String leadToken;

  @BeforeEach
  void start() throws Exception {
    server = AssayServer.start(ServerConfig.defaults(TestDatabases.sqlite(dir)).withPort(0));
    Users users = new Users(server.database());
    leadToken = users.add("lee", Role.LEAD, "lead-password").token();
    users.add("ann", Role.ANNOTATOR, "ann-password");
    users.add("bob", Role.ANNOTATOR, "bob-password");
    Http api = new Http(server.url(), leadToken);
    project = api.post("/api/projects", "{\"name\": \"web\", \"overlap\": 2, \"guidelines\": \"Prefer the **correct** answer.\\n\\n- be brief\"}")
        .json().get("id").asLong();
    api.post("/api/projects/" + project + "/members", "{\"user\": \"ann\"}");
    api.post("/api/projects/" + project + "/members", "{\"user\": \"bob\"}");
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      items.append("{\"id\": \"w").append(i).append("\", \"instruction\": \"Question ").append(i).append("\", \"output_a\": \"Answer A")
          .append(i).append("\", \"output_b\": \"Answer B").append(i).append("\"}\n");
    }
    api.postLines("/api/projects/" + project + "/items", items.toString());
    browser = (chromium = dev.assay.testkit.browser.Browser.start()).driver();
  }

  @AfterEach
  void stop() {
    if (chromium != null) {
      chromium.close();
    }
    server.close();
  }

  @Test
  void annotatorsLabelByKeyboardAndTheLeadSeesAgreement() throws Exception {
    signIn("ann", "ann-password");
    browser.findElement(By.linkText("Annotate")).click();
    assertThat(browser.findElement(By.tagName("aside")).getText()).contains("Guidelines").contains("correct").contains("be brief");
    List<String> firstShown = new ArrayList<>();
    for (String key : List.of("1", "2", "3")) {
      firstShown.add(pressAndWait(key));
    }
    // u takes the tie back: the same item is shown again, and 1 labels it instead.
    pressAndWait("u");
    assertThat(browser.findElement(By.id("instruction")).getText()).as("the undone item is back").isEqualTo(firstShown.get(2));
    pressAndWait("1");
    pressAndWait("2");
    assertThat(browser.findElement(By.id("done")).getText()).contains("Nothing left");

    Http lead = new Http(server.url(), leadToken);
    List<JsonNode> ann = exported(lead, "ann");
    assertThat(ann).hasSize(4);
    // "1" chose the answer shown first: in item terms that is shown_first; "2" the other one.
    assertThat(ann.get(0).get("label").asString()).isEqualTo(ann.get(0).get("shown_first").asString());
    assertThat(ann.get(1).get("label").asString()).isNotEqualTo(ann.get(1).get("shown_first").asString()).isIn("a", "b");
    assertThat(ann.get(2).get("label").asString()).as("the tie was undone and replaced by 1").isEqualTo(ann.get(2).get("shown_first").asString());
    assertThat(ann.get(0).get("seconds").isNumber()).as("time per task comes from the page").isTrue();

    browser.findElement(By.cssSelector(".who button")).click();
    signIn("lee", "lead-password");
    browser.get(server.url() + "p/" + project + "/lead");
    assertThat(browser.findElement(By.id("n_items")).getText()).isEqualTo("0");
    assertThat(browser.findElement(By.id("alpha")).getText()).isEqualTo("n/a");

    browser.findElement(By.cssSelector(".who button")).click();
    signIn("bob", "bob-password");
    browser.get(server.url() + "p/" + project);
    for (int i = 0; i < 4; i++) {
      pressAndWait("1");
    }
    browser.findElement(By.cssSelector(".who button")).click();
    signIn("lee", "lead-password");
    browser.get(server.url() + "p/" + project + "/lead");
    assertThat(browser.findElement(By.id("n_items")).getText()).as("agreement now has every item twice").isEqualTo("4");
    assertThat(browser.findElement(By.id("percent")).getText()).isNotEqualTo("n/a");
    assertThat(browser.findElement(By.id("bias")).getText()).contains("bob").contains("1.00");
    assertThat(browser.findElement(By.id("labels")).getTagName()).isEqualTo("svg");

    // The disagreement queue lists exactly the items ann and bob labelled differently; settling one removes it.
    java.util.Map<String, java.util.Set<String>> labels = new java.util.HashMap<>();
    for (String who : List.of("ann", "bob")) {
      for (JsonNode j : exported(lead, who)) {
        labels.computeIfAbsent(j.get("item_id").asString(), k -> new java.util.HashSet<>()).add(j.get("label").asString());
      }
    }
    long differing = labels.values().stream().filter(v -> v.size() > 1).count();
    List<WebElement> queue = browser.findElements(By.cssSelector("#queue form"));
    assertThat(queue).hasSize((int) differing);
    if (differing > 0) {
      markPage();
      queue.get(0).findElement(By.name("reason")).sendKeys("checked the facts");
      queue.get(0).findElement(By.tagName("button")).click();
      waitForNewPage();
      assertThat(browser.findElements(By.cssSelector("#queue form"))).hasSize((int) differing - 1);
      assertThat(lead.get("/api/projects/" + project + "/export").body()).contains("\"adjudicated_by\":\"lee\"");
    }
  }

  @Test
  void aLikertProjectIsScoredWithTheNumberKeys() throws Exception {
    Http api = new Http(server.url(), leadToken);
    long likert = api.post("/api/projects", "{\"name\": \"scores\", \"kind\": \"likert\", \"scale\": [1, 5]}").json()
        .get("id").asLong();
    api.post("/api/projects/" + likert + "/members", "{\"user\": \"ann\"}");
    api.postLines("/api/projects/" + likert + "/items", "{\"id\": \"s1\", \"instruction\": \"q\", \"output\": \"one\"}\n"
        + "{\"id\": \"s2\", \"instruction\": \"q\", \"output\": \"two\"}\n");
    signIn("ann", "ann-password");
    browser.get(server.url() + "p/" + likert);
    assertThat(browser.findElement(By.id("output")).getText()).contains("one");
    pressAndWait("4");
    pressAndWait("2");
    assertThat(browser.findElement(By.id("done")).getText()).contains("Nothing left");
    List<String> rows = api.get("/api/projects/" + likert + "/export").body().lines().toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0)).contains("\"item_id\":\"s1\"").contains("\"score\":4");
    assertThat(rows.get(1)).contains("\"item_id\":\"s2\"").contains("\"score\":2");
  }

  @Test
  void wrongPasswordsAreRefusedThenThrottledByNameAndByAddress() throws Exception {
    browser.get(server.url() + "login");
    for (int i = 0; i < 5; i++) {
      submitLogin("ann", "wrong");
      assertThat(browser.findElement(By.id("error")).getText()).contains("Wrong name or password");
    }
    submitLogin("ann", "ann-password");
    assertThat(browser.findElement(By.id("error")).getText()).as("even the right password, for a minute")
        .contains("Too many failed sign-ins");
    submitLogin("bob", "bob-password");
    assertThat(browser.findElement(By.id("error")).getText()).as("the same address guessing another name")
        .contains("Too many failed sign-ins");
  }

  @Test
  void anotherProjectIsNotFoundAndTheDashboardIsForLeads() throws Exception {
    signIn("bob", "bob-password");
    browser.get(server.url() + "p/" + (project + 1000));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("No such project");
    browser.get(server.url() + "p/" + project + "/lead");
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your role in this project is annotator");
    browser.manage().deleteAllCookies();
    browser.get(server.url() + "p/" + project);
    assertThat(browser.getTitle()).as("signed out: the sign-in page").contains("Sign in");
  }

  private void signIn(String name, String password) {
    browser.get(server.url() + "login");
    submitLogin(name, password);
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Projects"));
  }

  private void submitLogin(String name, String password) {
    browser.findElement(By.id("name")).clear();
    browser.findElement(By.id("name")).sendKeys(name);
    browser.findElement(By.id("password")).sendKeys(password);
    markPage();
    browser.findElement(By.id("signin")).click();
    waitForNewPage();
  }

  /** Marks the current document, so that {@link #waitForNewPage} can tell when another one has loaded. */
  private void markPage() {
    ((JavascriptExecutor) browser).executeScript("window.__assayOldPage = true;");
  }

  private void waitForNewPage() {
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
        "return window.__assayOldPage === undefined && document.readyState === 'complete';")));
  }

  /** Presses {@code key} on the task page and waits for the next page; returns the item that was shown. */
  private String pressAndWait(String key) {
    List<WebElement> shown = browser.findElements(By.id("instruction"));
    String before = shown.isEmpty() ? "" : shown.get(0).getText();
    markPage();
    new Actions(browser).sendKeys(key).perform();
    waitForNewPage();
    return before;
  }

  private List<JsonNode> exported(Http lead, String who) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : lead.get("/api/projects/" + project + "/export").body().lines().toList()) {
      JsonNode j = Json.MAPPER.readTree(line);
      if (j.get("annotator").asString().equals(who)) {
        out.add(j);
      }
    }
    out.sort(java.util.Comparator.comparing(j -> j.get("annotated_at").asString()));
    return out;
  }
}
