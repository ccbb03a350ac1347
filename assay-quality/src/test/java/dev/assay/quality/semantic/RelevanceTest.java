package dev.assay.quality.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.quality.CheckRegistry;
import dev.assay.quality.QaRecord;
import dev.assay.quality.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** relevance separates on-topic from off-topic answers, on texts written for this test. */
class RelevanceTest {
  static final JsonMapper JSON = JsonMapper.builder().build();

  static QaRecord rec(String json) {
    JsonNode n = JSON.readTree(json);
    return new QaRecord(1, "1", n, "");
  }

  static String chat(String user, String assistant) {
    return JSON.createObjectNode().set("messages", JSON.createArrayNode()
        .add(JSON.createObjectNode().put("role", "system").put("content", "You are a helpful assistant."))
        .add(JSON.createObjectNode().put("role", "user").put("content", "Hi there"))
        .add(JSON.createObjectNode().put("role", "assistant").put("content", "Hello! How can I help?"))
        .add(JSON.createObjectNode().put("role", "user").put("content", user))
        .add(JSON.createObjectNode().put("role", "assistant").put("content", assistant))).toString();
  }

  @Test
  void anOnTopicAnswerPassesAndAnOffTopicOneIsFlagged() {
    Relevance r = Relevance.defaults();
    Verdict on = r.check(rec(chat("How do I reset my password?",
        "Go to Settings, then Account, click 'Forgot password' and follow the link we email you to choose a new password.")));
    Verdict off = r.check(rec(chat("How do I reset my password?",
        "The French Revolution began in 1789 with the storming of the Bastille.")));
    assertThat(on.passed()).isTrue();
    assertThat(off.passed()).isFalse();
    assertThat(off.findings().get(0).rule()).isEqualTo("cosine");
    assertThat(off.findings().get(0).value()).isLessThan(0.2);
    assertThat(off.findings().get(0).duplicateOf()).isEqualTo(-1);
  }

  @Test
  void instructionStyleRecordsAndConfiguredFields() throws Exception {
    Relevance r = Relevance.defaults();
    assertThat(r.check(rec("{\"instruction\": \"Give me three tips for staying healthy.\","
        + " \"output\": \"Eat a balanced diet with plenty of vegetables, exercise regularly, and get enough sleep every night.\"}")).passed()).isTrue();
    assertThat(r.check(rec("{\"instruction\": \"Give me three tips for staying healthy.\","
        + " \"output\": \"The mitochondria is the powerhouse of the cell, producing ATP through respiration.\"}")).passed()).isFalse();
    Relevance qa = (Relevance) CheckRegistry.create("relevance",
        JSON.readTree("{\"prompt_field\": \"q.text\", \"response_field\": \"/a/0\", \"threshold\": 0.3}"));
    assertThat(qa.check(rec("{\"q\": {\"text\": \"Translate 'good morning' into Spanish.\"}, \"a\": [\"Buenos días.\"]}")).passed()).isTrue();
  }

  @Test
  void missingAndBlankTextsAreFindingsNotCrashes() {
    Verdict missing = Relevance.defaults().check(rec("{\"instruction\": \"Say hi.\"}"));
    assertThat(missing.findings().get(0).rule()).isEqualTo("missing");
    assertThat(missing.findings().get(0).detail()).contains("response");
    Verdict blank = Relevance.defaults().check(rec("{\"instruction\": \"Say hi.\", \"output\": \"   \"}"));
    assertThat(blank.findings().get(0).rule()).isEqualTo("cosine");
    assertThat(blank.findings().get(0).value()).isEqualTo(0.0);
  }

  @Test
  void textFieldsReadContentParts() {
    JsonNode n = JSON.readTree("{\"messages\": [{\"role\": \"user\", \"content\": [{\"type\": \"text\", \"text\": \"a\"},"
        + " {\"type\": \"image_url\", \"image_url\": {}}, {\"type\": \"text\", \"text\": \"b\"}]}]}");
    assertThat(TextFields.select(n, "last_user", true)).isEqualTo("a\nb");
    assertThat(TextFields.select(n, "auto", false)).isNull();
    assertThat(TextFields.select(n, "messages.0.role", true)).isNull(); // arrays are not descended by dots
    assertThat(TextFields.select(n, "/messages/0/role", true)).isEqualTo("user");
  }
}
