package dev.assay.quality.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link LshParams#optimal} against datasketch's {@code _optimal_param}. The expected values in
 * {@code datasketch_optimal_param.csv} were computed by running datasketch's own source (ekzhu/datasketch
 * at 8d4bda1b, numpy 2.4, scipy 1.17.1) here:
 *
 * <pre>
 * PYTHONPATH=/tmp/ds python3 -c "
 * from datasketch.lsh import _optimal_param
 * for p in (16,32,64,128,256):
 *   for t in (0.3,0.5,0.6,0.7,0.75,0.8,0.85,0.9,0.95):
 *     for w in ((0.5,0.5),(0.3,0.7),(0.7,0.3)):
 *       b,r=_optimal_param(t,p,w[0],w[1]); print('%g,%d,%g,%g,%d,%d'%(t,p,w[0],w[1],b,r))
 * for t in (0.5,0.8,0.9):
 *   b,r=_optimal_param(t,512,0.5,0.5); print('%g,%d,%g,%g,%d,%d'%(t,512,0.5,0.5,b,r))"
 * </pre>
 */
class LshParamsTest {

  record Row(double threshold, int numPerm, double fp, double fn, int bands, int rows) {}

  static List<Row> rows() throws IOException {
    List<Row> out = new ArrayList<>();
    try (InputStream in = LshParamsTest.class.getResourceAsStream("datasketch_optimal_param.csv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split(",");
        out.add(new Row(Double.parseDouble(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
            Double.parseDouble(f[3]), Integer.parseInt(f[4]), Integer.parseInt(f[5])));
      }
    }
    return out;
  }

  @Test
  void reproducesDatasketchOptimalParamOnEveryRow() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSize(138);
    List<String> mismatches = new ArrayList<>();
    for (Row r : rows) {
      LshParams p = LshParams.optimal(r.threshold(), r.numPerm(), r.fp(), r.fn());
      if (p.bands() != r.bands() || p.rows() != r.rows()) {
        mismatches.add(r + " -> " + p);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void knownDocumentedValues() {
    // datasketch's docstring: MinHashLSH(threshold=0.9, num_perm=128) has b=5, r=25.
    assertThat(LshParams.optimal(0.9, 128, 0.5, 0.5)).isEqualTo(new LshParams(5, 25));
    assertThat(LshParams.optimal(0.8, 128, 0.5, 0.5)).isEqualTo(new LshParams(9, 13));
  }

  @Test
  void gaussLegendreIsExactForPolynomialsUpToDegree2mMinus1() {
    GaussLegendre gl = new GaussLegendre(65);
    assertThat(gl.integrate(s -> Math.pow(s, 129), 0, 1)).isCloseTo(1.0 / 130, within(1e-15));
    assertThat(gl.integrate(s -> 1 - Math.pow(1 - Math.pow(s, 13), 9), 0, 0.8))
        .isCloseTo(new GaussLegendre(400).integrate(s -> 1 - Math.pow(1 - Math.pow(s, 13), 9), 0, 0.8), within(1e-14));
    assertThat(new GaussLegendre(1).integrate(s -> 3 * s, 0, 2)).isCloseTo(6, within(1e-15));
  }

  @Test
  void sCurve() {
    LshParams p = new LshParams(9, 13);
    assertThat(p.collisionProbability(1.0)).isEqualTo(1.0);
    assertThat(p.collisionProbability(0.0)).isEqualTo(0.0);
    assertThat(p.collisionProbability(0.9)).isGreaterThan(0.9);
    assertThat(p.collisionProbability(0.5)).isLessThan(0.01);
    assertThat(p.width()).isEqualTo(117);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> LshParams.optimal(1.0, 128, 0.5, 0.5)).hasMessageContaining("threshold");
    assertThatThrownBy(() -> LshParams.optimal(0.5, 0, 0.5, 0.5)).hasMessageContaining("num_perm");
    assertThatThrownBy(() -> LshParams.optimal(0.5, 64, 0, 0)).hasMessageContaining("weight");
    assertThatThrownBy(() -> new LshParams(0, 3)).hasMessageContaining("bands and rows");
  }
}
