package dev.assay.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FieldPathTest {
  private final JsonNode rec =
      Json.MAPPER.readTree(
          "{\"text\":\"t\",\"meta\":{\"src\":\"web\",\"a/b\":1},\"messages\":[{\"content\":\"first\"},{\"content\":\"last\"}]}");

  @Test
  void dottedNamesIndexesAndNegativeIndexes() {
    assertThat(FieldPath.parse("text").text(rec)).isEqualTo("t");
    assertThat(FieldPath.parse("meta.src").text(rec)).isEqualTo("web");
    assertThat(FieldPath.parse("messages[0].content").text(rec)).isEqualTo("first");
    assertThat(FieldPath.parse("messages[-1].content").text(rec)).isEqualTo("last");
    assertThat(FieldPath.parse("messages[5].content").find(rec)).isNull();
    assertThat(FieldPath.parse("nope.deeper").find(rec)).isNull();
    assertThat(FieldPath.parse("meta").text(rec)).isNull();
  }

  @Test
  void jsonPointers() {
    assertThat(FieldPath.parse("/messages/1/content").text(rec)).isEqualTo("last");
    assertThat(FieldPath.parse("/meta/a~1b").find(rec).asInt()).isEqualTo(1);
  }

  @Test
  void malformedPathsAreClearErrors() {
    assertThatThrownBy(() -> FieldPath.parse("messages[x]")).isInstanceOf(AssayInputException.class).hasMessageContaining("array index");
    assertThatThrownBy(() -> FieldPath.parse("messages[0")).isInstanceOf(AssayInputException.class).hasMessageContaining("unclosed");
    assertThatThrownBy(() -> FieldPath.parse(" ")).isInstanceOf(AssayInputException.class);
  }

  @Test
  void setReplacesExistingValuesOnly() {
    JsonNode copy = rec.deepCopy();
    assertThat(FieldPath.parse("messages[-1].content").set(copy, "redacted")).isTrue();
    assertThat(FieldPath.parse("messages[1].content").text(copy)).isEqualTo("redacted");
    assertThat(FieldPath.parse("meta.absent").set(copy, "x")).isFalse();
    assertThat(copy.get("meta").has("absent")).isFalse();
  }
}
