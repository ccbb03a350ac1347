package dev.assay.cli.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay stats classification} on a 20-row fixture. Expected values printed by
 * scikit-learn 1.2.1 (Debian python3-sklearn, /usr/bin/python3) on the same data:
 *
 * <pre>
 * y = [0,0,1,0,1,1,0,1,1,1,0,0,1,0,1,1,0,1,0,1]
 * p = [0.0,0.1,0.1,0.2,0.25,0.3,0.35,0.5,0.5,0.55,0.6,0.65,0.7,0.7,0.8,0.85,0.9,0.95,1.0,1.0]
 * np.mean((p > 0.5) == y) -> 0.5
 * precision_recall_fscore_support(y, p > 0.5, average='binary') -> (0.5454..., 0.5454..., 0.5454...)
 * roc_auc_score -> 0.5707070707070707; average_precision_score -> 0.6035004070889239
 * brier_score_loss -> 0.29875; log_loss -> 2.497311273266406
 * ECE / MCE from calibration_curve(n_bins=10) and sklearn's bin counts -> 0.345 / 0.725
 * (n_bins=5 -> 0.255 / 0.36666666666666664)
 * </pre>
 */
class ClassificationCommandTest {
  private static final int[] Y = {0, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 1};
  private static final String[] P = {
    "0.0", "0.1", "0.1", "0.2", "0.25", "0.3", "0.35", "0.5", "0.5", "0.55", "0.6", "0.65", "0.7",
    "0.7", "0.8", "0.85", "0.9", "0.95", "1.0", "1"
  };
  @TempDir Path dir;

  private Path fixture() {
    StringBuilder sb = new StringBuilder("id,score,label\n");
    for (int i = 0; i < Y.length; i++) {
      sb.append("s").append(i).append(',').append(P[i]).append(',').append(Y[i]).append('\n');
    }
    return StatsRunner.write(dir, "pred.csv", sb.toString());
  }

  @Test
  void allMetricsMatchSklearn() {
    JsonNode r = StatsRunner.json(new ClassificationCommand(), fixture().toString());
    assertThat(r.get("n").asInt()).isEqualTo(20);
    assertThat(r.get("accuracy").asDouble()).isCloseTo(0.5, within(1e-15));
    assertThat(r.get("precision").asDouble()).isCloseTo(0.5454545454545454, within(1e-15));
    assertThat(r.get("recall").asDouble()).isCloseTo(0.5454545454545454, within(1e-15));
    assertThat(r.get("f1").asDouble()).isCloseTo(0.5454545454545454, within(1e-15));
    assertThat(r.get("roc_auc").asDouble()).isCloseTo(0.5707070707070707, within(1e-15));
    assertThat(r.get("average_precision").asDouble()).isCloseTo(0.6035004070889239, within(1e-15));
    assertThat(r.get("brier").asDouble()).isCloseTo(0.29875, within(1e-15));
    assertThat(r.get("log_loss").asDouble()).isCloseTo(2.497311273266406, within(1e-12));
    assertThat(r.get("ece").asDouble()).isCloseTo(0.345, within(1e-12));
    assertThat(r.get("mce").asDouble()).isCloseTo(0.725, within(1e-12));
    assertThat(r.get("bins")).hasSize(10);
    assertThat(r.get("bins").get(2).get("count").asInt()).isEqualTo(2);
  }

  @Test
  void binsOption() {
    JsonNode r = StatsRunner.json(new ClassificationCommand(), "--bins", "5", fixture().toString());
    assertThat(r.get("ece").asDouble()).isCloseTo(0.255, within(1e-12));
    assertThat(r.get("mce").asDouble()).isCloseTo(0.36666666666666664, within(1e-12));
    assertThat(r.get("bins")).hasSize(5);
  }

  @Test
  void oneClassGivesNullAuc() {
    Path f = StatsRunner.write(dir, "ones.csv", "label,score\n1,0.9\n1,0.4\n");
    JsonNode r = StatsRunner.json(new ClassificationCommand(), f.toString());
    assertThat(r.get("roc_auc").isNull()).isTrue();
    assertThat(r.get("accuracy").asDouble()).isEqualTo(0.5);
  }

  @Test
  void badLabelScoreAndColumns() {
    Path label = StatsRunner.write(dir, "label.csv", "label,score\n0,0.2\n2,0.4\n");
    assertThat(StatsRunner.usageError(new ClassificationCommand(), label.toString()))
        .hasMessage(label + ":3: column 'label': expected 0 or 1, found '2'");
    Path range = StatsRunner.write(dir, "range.csv", "label,score\n0,1.5\n");
    assertThat(StatsRunner.usageError(new ClassificationCommand(), range.toString()))
        .hasMessage(range + ":2: column 'score': expected a probability in [0, 1], found '1.5'");
    Path text = StatsRunner.write(dir, "text.csv", "label,score\n0,high\n");
    assertThat(StatsRunner.usageError(new ClassificationCommand(), text.toString()))
        .hasMessage(text + ":2: column 'score': expected a probability in [0, 1], found 'high'");
    Path nan = StatsRunner.write(dir, "nan.csv", "label,score\n0,NaN\n");
    assertThat(StatsRunner.usageError(new ClassificationCommand(), nan.toString()))
        .hasMessageContaining("found 'NaN'");
    Path noScore = StatsRunner.write(dir, "cols.csv", "label,prob\n0,0.1\n");
    assertThat(StatsRunner.usageError(new ClassificationCommand(), noScore.toString()))
        .hasMessage(noScore + ":1: missing column 'score', found columns label, prob");
  }

  @Test
  void emptyRaggedMissingAndBadBins() {
    Path headerOnly = StatsRunner.write(dir, "h.csv", "label,score\n");
    assertThat(StatsRunner.usageError(new ClassificationCommand(), headerOnly.toString()))
        .hasMessageContaining("no predictions");
    Path ragged = StatsRunner.write(dir, "r.csv", "label,score\n0,0.1,9\n");
    assertThat(StatsRunner.usageError(new ClassificationCommand(), ragged.toString()))
        .hasMessage(ragged + ":2: expected 2 cells (as in the header), found 3");
    Path missing = dir.resolve("absent.csv");
    assertThat(StatsRunner.usageError(new ClassificationCommand(), missing.toString()))
        .hasMessage(missing + ": no such file");
    assertThat(StatsRunner.usageError(new ClassificationCommand(), "--bins", "0", fixture().toString()))
        .hasMessageContaining("--bins");
  }
}
