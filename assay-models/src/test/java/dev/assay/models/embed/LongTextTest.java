package dev.assay.models.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Texts beyond MiniLM's 256 word pieces are chunked, not truncated. */
class LongTextTest {
  static final String COOKING = ("To bake bread, mix flour, water, salt and yeast, knead the dough until it is smooth, "
      + "let it rise for two hours, shape the loaf, and bake it in a hot oven until the crust is brown. ").repeat(12);
  static final String ASTRONOMY = ("Astronomers measure the distance to nearby stars by parallax, the small apparent shift "
      + "of a star against distant galaxies as the Earth moves around the Sun during the year. ").repeat(12);

  static OnnxEmbedder e;

  @BeforeAll
  static void open() {
    e = MiniLm.open(false, EmbedderOptions.defaults());
  }

  @AfterAll
  static void close() {
    e.close();
  }

  @Test
  void chunksFitTheWindowKeepEveryTokenAndWrapSpecialTokens() {
    try (TextTokenizer t = TextTokenizer.of(MiniLm.tokenizerJson(false), 256, "minilm")) {
      String text = COOKING + ASTRONOMY;
      long[] all = t.ids(text);
      long[][] chunks = t.chunks(text);
      assertThat(all.length).isGreaterThan(600);
      assertThat(chunks.length).isGreaterThanOrEqualTo(3);
      int content = 0;
      for (long[] c : chunks) {
        assertThat(c.length).isLessThanOrEqualTo(256);
        assertThat(c[0]).isEqualTo(101L);
        assertThat(c[c.length - 1]).isEqualTo(102L);
        content += c.length - 2;
      }
      assertThat(content).isEqualTo(all.length - 2);
      assertThat(t.chunks("short text")).hasNumberOfRows(1);
    }
  }

  @Test
  void theSecondHalfOfALongDocumentCounts() {
    float[][] v = e.embed(List.of(COOKING + ASTRONOMY, COOKING, ASTRONOMY));
    double toCooking = Embedder.cosine(v[0], v[1]);
    double toAstronomy = Embedder.cosine(v[0], v[2]);
    // truncation at 256 word pieces would keep only cooking; chunking sees both halves
    assertThat(toAstronomy).isGreaterThan(0.5);
    assertThat(toCooking).isGreaterThan(0.5);
    assertThat(Embedder.cosine(v[0], v[0])).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void aWordLongerThanTheWindowIsCutHard() {
    try (TextTokenizer t = TextTokenizer.of(MiniLm.tokenizerJson(false), 16, "minilm")) {
      long[][] chunks = t.chunks("qzxjvkwpfh".repeat(9)); // one 90-letter word, many word pieces
      assertThat(chunks.length).isGreaterThan(1);
      for (long[] c : chunks) {
        assertThat(c.length).isBetween(3, 16);
      }
    }
  }
}
