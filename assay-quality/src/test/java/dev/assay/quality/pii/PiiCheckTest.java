package dev.assay.quality.pii;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PiiCheckTest {
  private static final String TEXT =
      "Mail ann@example.org or bob@example.com, call +44 20 7946 0958, card 4111 1111 1111 1111.";

  private static Verdict check(PiiCheck c, String text) {
    return c.check(new QaRecord(7, "r7", null, text));
  }

  @Test
  void detectModeReportsCountsPerTypeWithoutCopyingThePii() {
    Verdict v = check(PiiCheck.defaults(), TEXT);
    assertThat(v.redactedText()).isNull();
    assertThat(v.findings()).extracting(Finding::rule).containsExactly("email", "credit_card", "phone");
    Finding email = v.findings().get(0);
    assertThat(email.check()).isEqualTo("pii");
    assertThat(email.value()).isEqualTo(2);
    assertThat(email.threshold()).isZero();
    assertThat(email.detail()).contains("2 email (detected)").contains("email=2, credit_card=1, phone=1")
        .doesNotContain("ann@").doesNotContain("4111");
  }

  @Test
  void redactModeReplacesSpansWithPlaceholders() {
    PiiCheck redact = new PiiCheck(PiiCheck.defaults().types(), "redact", Map.of(), "[{TYPE}]");
    assertThat(check(redact, TEXT).redactedText())
        .isEqualTo("Mail [EMAIL] or [EMAIL], call [PHONE], card [CREDIT_CARD].");
  }

  @Test
  void modesPerTypeAndCustomPlaceholder() {
    PiiCheck mixed = new PiiCheck(List.of("email", "phone", "credit_card"), "detect",
        Map.of("email", "redact"), "<{type}>");
    Verdict v = check(mixed, TEXT);
    assertThat(v.redactedText()).isEqualTo("Mail <email> or <email>, call +44 20 7946 0958, card 4111 1111 1111 1111.");
    assertThat(v.findings()).hasSize(3);
    assertThat(v.findings().get(0).detail()).contains("(redacted)");
    assertThat(v.findings().get(1).detail()).contains("(detected)");
  }

  @Test
  void onlyConfiguredTypesAreScanned() {
    PiiCheck emailsOnly = new PiiCheck(List.of("email"), "detect", Map.of(), "[{TYPE}]");
    assertThat(check(emailsOnly, TEXT).findings()).extracting(Finding::rule).containsExactly("email");
    assertThat(check(emailsOnly, "nothing to see").passed()).isTrue();
  }

  @Test
  void badParametersNameTheProblem() {
    assertThatThrownBy(() -> new PiiCheck(List.of("passport"), "detect", Map.of(), "[{TYPE}]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown PII type 'passport'")
        .hasMessageContaining("credit_card");
    assertThatThrownBy(() -> new PiiCheck(List.of("email"), "reject", Map.of(), "[{TYPE}]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mode must be \"detect\" or \"redact\"");
    assertThatThrownBy(() -> new PiiCheck(List.of("email"), "detect", Map.of("email", "hide"), "[{TYPE}]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("modes.email");
    assertThatThrownBy(() -> new PiiCheck(List.of(), "detect", Map.of(), "[{TYPE}]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("types");
  }

  @Test
  void isSafeToShareAcrossThreads() throws Exception {
    PiiCheck c = new PiiCheck(PiiCheck.defaults().types(), "redact", Map.of(), "[{TYPE}]");
    String expected = check(c, TEXT).redactedText();
    List<Thread> threads = new java.util.ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
    for (int t = 0; t < 4; t++) {
      threads.add(Thread.ofPlatform().start(() -> {
        for (int i = 0; i < 500; i++) {
          if (!expected.equals(check(c, TEXT).redactedText())) {
            wrong.incrementAndGet();
          }
        }
      }));
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(wrong.get()).isZero();
  }
}
