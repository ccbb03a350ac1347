package dev.assay.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static List<String> lines(byte[] data) {
    List<String> out = new ArrayList<>();
    LineReader r = new LineReader(new ByteArrayInputStream(data));
    for (LineReader.RawLine l; (l = r.next()) != null; ) {
      out.add(new String(l.bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  @Test
  void splitsOnLfAndDropsCrBeforeIt() {
    assertThat(lines("a\r\nb\nc".getBytes(StandardCharsets.UTF_8))).containsExactly("a", "b", "c");
  }

  @Test
  void skipsBomOnlyAtStart() {
    byte[] d = "\uFEFFa\n\uFEFFb\n".getBytes(StandardCharsets.UTF_8);
    assertThat(lines(d)).containsExactly("a", "\uFEFFb");
  }

  @Test
  void linesLongerThanTheBufferAreWhole() {
    char[] big = new char[3 * (1 << 20) + 17];
    Arrays.fill(big, 'z');
    String s = new String(big);
    assertThat(lines(("x\n" + s + "\ny").getBytes(StandardCharsets.UTF_8))).containsExactly("x", s, "y");
  }

  @Test
  void reportsWhetherTheLastLineWasTerminated() {
    LineReader r = new LineReader(new ByteArrayInputStream("a\nb".getBytes(StandardCharsets.UTF_8)));
    assertThat(r.next().terminated()).isTrue();
    assertThat(r.next().terminated()).isFalse();
    assertThat(r.next()).isNull();
    assertThat(r.failure()).isNull();
  }

  @Test
  void truncatedGzipReturnsWhatWasReadAndTheFailure() throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(raw)) {
      for (int i = 0; i < 50_000; i++) {
        gz.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] cut = Arrays.copyOf(raw.toByteArray(), raw.size() - 40);
    LineReader r = new LineReader(new GZIPInputStream(new ByteArrayInputStream(cut)));
    long n = 0;
    String last = null;
    for (LineReader.RawLine l; (l = r.next()) != null; ) {
      n++;
      last = new String(l.bytes(), StandardCharsets.UTF_8);
    }
    assertThat(r.failure()).isNotNull();
    assertThat(n).isGreaterThan(40_000);
    assertThat(last).startsWith("line");
  }
}
