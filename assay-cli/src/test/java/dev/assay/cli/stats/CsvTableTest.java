package dev.assay.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assay.cli.UsageError;
import org.junit.jupiter.api.Test;

/** RFC 4180 details of the stats commands' CSV reader. */
class CsvTableTest {

  @Test
  void quotesCrlfBomAndMultilineFields() {
    CsvTable t =
        CsvTable.parse(
            "f.csv", "\uFEFFa,b\r\n\"x, y\",\"he said \"\"hi\"\"\"\r\n\r\n\"two\nlines\",3\r\n4,\r\n");
    assertThat(t.header()).containsExactly("a", "b");
    assertThat(t.rows()).hasSize(3);
    assertThat(t.rows().get(0).cells()).containsExactly("x, y", "he said \"hi\"");
    assertThat(t.rows().get(1).cells()).containsExactly("two\nlines", "3");
    assertThat(t.rows().get(1).line()).isEqualTo(4);
    assertThat(t.rows().get(2).line()).isEqualTo(6);
    assertThat(t.rows().get(2).cells()).containsExactly("4", "");
  }

  @Test
  void lastLineWithoutNewlineAndLoneCr() {
    CsvTable t = CsvTable.parse("f.csv", "a\r1\r2");
    assertThat(t.rows()).hasSize(2);
    assertThat(t.rows().get(1).line()).isEqualTo(3);
  }

  @Test
  void malformedInputIsAUsageError() {
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n\"open,1\n"))
        .isInstanceOf(UsageError.class)
        .hasMessage("f.csv:2: a quoted field is not closed before the end of the file");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,b\n\"x\"y,1\n"))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("f.csv:2: expected ',' or the end of the line after a closing quote");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "a,a\n1,2\n"))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("appears twice");
    assertThatThrownBy(() -> CsvTable.parse("f.csv", "\n\n"))
        .isInstanceOf(UsageError.class)
        .hasMessageContaining("empty file");
  }
}
