package dev.assay.quality.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Language identification on sentences written for this test (the conditions follow datatrove's
 * test_language: English and Italian allowed, French and Portuguese rejected).
 */
class LanguageCheckTest {
  static final Map<String, String> SENTENCES = Map.of(
      "en", "The lighthouse keeper climbed the stairs every evening to light the lamp before the ships came home.",
      "fr", "Le gardien du phare montait l'escalier chaque soir pour allumer la lampe avant le retour des bateaux.",
      "de", "Der Leuchtturmwärter stieg jeden Abend die Treppe hinauf, um die Lampe anzuzünden, bevor die Schiffe heimkehrten.",
      "es", "El farero subía la escalera cada tarde para encender la lámpara antes de que volvieran los barcos.",
      "it", "Il guardiano del faro saliva le scale ogni sera per accendere la lampada prima che le navi tornassero.",
      "pt", "O faroleiro subia a escada todas as noites para acender a lâmpada antes de os navios voltarem para casa.",
      "ru", "Смотритель маяка каждый вечер поднимался по лестнице, чтобы зажечь лампу до возвращения кораблей.",
      "ja", "灯台守は毎晩、船が帰ってくる前にランプを灯すために階段を上った。");

  private static Verdict check(LanguageCheck c, String text) {
    return c.check(new QaRecord(1, "1", null, text));
  }

  @Test
  void detectsEachLanguageInFastModeAmongAllLanguages() {
    LanguageDetector d = LanguageCheck.defaults().detectorInstance();
    SENTENCES.forEach((lang, text) -> assertThat(d.detect(text).language()).as(text).isEqualTo(lang));
  }

  @Test
  void allowsListedLanguagesAndFlagsOthers() {
    LanguageCheck c = new LanguageCheck(List.of("en", "it"), 0, List.of(), true, 5000, "lingua");
    assertThat(check(c, SENTENCES.get("en")).passed()).isTrue();
    assertThat(check(c, SENTENCES.get("it")).passed()).isTrue();
    Finding fr = check(c, SENTENCES.get("fr")).findings().get(0);
    assertThat(fr.rule()).isEqualTo("language");
    assertThat(fr.detail()).contains("detected fr").contains("allowed en, it");
    assertThat(check(c, SENTENCES.get("pt")).passed()).isFalse();
  }

  @Test
  void highAccuracyOnAShortCandidateListHandlesShortTexts() {
    LanguageCheck c = new LanguageCheck(List.of("de"), 0, List.of("en", "fr", "nl"), false, 5000, "lingua");
    assertThat(check(c, "Wie spät ist es jetzt?").passed()).isTrue();
    assertThat(check(c, "What time is it now?").findings().get(0).detail()).contains("detected en");
  }

  @Test
  void textsWithoutLettersAreUndetermined() {
    Verdict v = check(LanguageCheck.defaults(), "12345 67 89 -- !!");
    assertThat(v.findings().get(0).detail()).contains("undetermined");
    assertThat(check(LanguageCheck.defaults(), "").passed()).isFalse();
  }

  @Test
  void minimumConfidence() {
    LanguageCheck strict = new LanguageCheck(List.of("en"), 1.0, List.of(), true, 5000, "lingua");
    Finding f = check(strict, SENTENCES.get("en")).findings().get(0);
    assertThat(f.rule()).isEqualTo("low_confidence");
    assertThat(f.value()).isBetween(0.0, 1.0);
    assertThat(f.threshold()).isEqualTo(1.0);
  }

  @Test
  void badParametersNameTheProblem() {
    assertThatThrownBy(() -> new LanguageCheck(List.of("english"), 0, List.of(), true, 100, "lingua"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed").hasMessageContaining("english");
    assertThatThrownBy(() -> new LanguageCheck(List.of("en"), 0, List.of(), true, 100, "cld3"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown language detector 'cld3'");
    assertThatThrownBy(() -> new LanguageCheck(List.of(), 0, List.of(), true, 100, "lingua"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed");
  }

  @Test
  void anotherDetectorCanBePlugged() {
    LanguageDetector fixed = text -> new Detection("fr", 0.9);
    assertThat(fixed.detect("anything").language()).isEqualTo("fr");
    assertThat(new LinguaDetectors().supported()).contains("en", "de", "fr", "zh", "ja", "ru");
  }
}
