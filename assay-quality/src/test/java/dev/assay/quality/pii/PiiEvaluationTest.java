package dev.assay.quality.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Measures per-type precision and recall on {@link PiiEvalSet} (seed 20240601, 4,000 documents)
 * and asserts floors. A predicted span is correct when it overlaps a labelled span of the same type.
 * The table goes to standard output and to {@code target/pii-precision-recall.md}; reproduce with
 * {@code ./mvnw -q -pl assay-stats,assay-core,assay-models,assay-quality test -Dtest=PiiEvaluationTest}.
 */
class PiiEvaluationTest {
  static final long SEED = 20240601L;
  static final int DOCS = 4000;

  record Score(int gold, int found, int truePositives, int correctPredictions) {
    double precision() {
      return found == 0 ? 1 : (double) correctPredictions / found;
    }

    double recall() {
      return gold == 0 ? 1 : (double) truePositives / gold;
    }
  }

  static Map<PiiType, Score> evaluate(List<PiiEvalSet.Doc> docs) {
    Map<PiiType, int[]> acc = new EnumMap<>(PiiType.class);
    for (PiiType t : PiiType.values()) {
      acc.put(t, new int[4]);
    }
    for (PiiEvalSet.Doc d : docs) {
      List<PiiSpan> predicted = PiiScanner.scan(d.text(), EnumSet.allOf(PiiType.class));
      for (PiiEvalSet.Gold g : d.gold()) {
        int[] a = acc.get(g.type());
        a[0]++;
        PiiSpan gs = new PiiSpan(g.type(), g.start(), g.end());
        if (predicted.stream().anyMatch(p -> p.type() == g.type() && p.overlaps(gs))) {
          a[2]++;
        }
      }
      for (PiiSpan p : predicted) {
        int[] a = acc.get(p.type());
        a[1]++;
        if (d.gold().stream().anyMatch(g -> g.type() == p.type() && p.overlaps(new PiiSpan(g.type(), g.start(), g.end())))) {
          a[3]++;
        }
      }
    }
    Map<PiiType, Score> out = new EnumMap<>(PiiType.class);
    acc.forEach((t, a) -> out.put(t, new Score(a[0], a[1], a[2], a[3])));
    return out;
  }

  static String table(Map<PiiType, Score> scores) {
    StringBuilder b = new StringBuilder("| type | labelled | predicted | precision | recall |\n|---|---:|---:|---:|---:|\n");
    scores.forEach((t, s) -> b.append(String.format(java.util.Locale.ROOT, "| %s | %d | %d | %.3f | %.3f |%n",
        t.id(), s.gold(), s.found(), s.precision(), s.recall())));
    return b.toString();
  }

  @Test
  void precisionAndRecallPerTypeStayAboveFloors() throws IOException {
    List<PiiEvalSet.Doc> docs = PiiEvalSet.generate(SEED, DOCS);
    Map<PiiType, Score> scores = evaluate(docs);
    String table = table(scores);
    System.out.println(table);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("pii-precision-recall.md"), table);
    }
    scores.forEach((t, s) -> {
      assertThat(s.gold()).as("labelled %s", t).isGreaterThan(100);
      assertThat(s.precision()).as("precision of %s", t).isGreaterThanOrEqualTo(0.95);
      assertThat(s.recall()).as("recall of %s", t).isGreaterThanOrEqualTo(0.95);
    });
  }

  @Test
  void generationIsReproducible() {
    assertThat(PiiEvalSet.generate(SEED, 50)).isEqualTo(PiiEvalSet.generate(SEED, 50));
  }
}
