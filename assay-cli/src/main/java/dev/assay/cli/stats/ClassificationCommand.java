package dev.assay.cli.stats;

import dev.assay.cli.ExitCode;
import dev.assay.cli.OutputMode;
import dev.assay.cli.UsageError;
import dev.assay.stats.calibration.BrierScore;
import dev.assay.stats.calibration.CalibrationError;
import dev.assay.stats.calibration.ReliabilityBin;
import dev.assay.stats.calibration.ReliabilityDiagram;
import dev.assay.stats.classification.Accuracy;
import dev.assay.stats.classification.Average;
import dev.assay.stats.classification.AveragePrecision;
import dev.assay.stats.classification.ConfusionMatrix;
import dev.assay.stats.classification.LogLoss;
import dev.assay.stats.classification.PrecisionRecallF1;
import dev.assay.stats.classification.RocCurve;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay stats classification}: discrimination and calibration metrics of binary
 * predictions, e.g. a judge's probability that an answer is correct against the truth.
 *
 * <pre>{@code
 * ./assay stats classification --bins 15 predictions.csv
 * }</pre>
 */
@Command(
    name = "classification",
    mixinStandardHelpOptions = true,
    description = {
      "Metrics of binary predictions: accuracy, precision, recall, F1 (positive class 1, predicted"
          + " when score > threshold), ROC AUC, average precision, log loss, Brier score, ECE,"
          + " MCE and reliability bins.",
      "Input: CSV with a header row and columns 'label' (0 or 1) and 'score' (predicted"
          + " probability of label 1, in [0, 1]); other columns are ignored.",
      "Bins are equal-width over [0, 1] and closed on the right ((0.1, 0.2], ...; the first is"
          + " [0, 0.1]), as scikit-learn's calibration_curve. Precision, recall and F1 are 0 when"
          + " their denominator is 0 (scikit-learn's zero_division default); ROC AUC is null when"
          + " only one class occurs; empty bins have null confidence and accuracy."
    })
public final class ClassificationCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Parameters(index = "0", paramLabel = "<predictions.csv>", description = "Table with columns label and score: .csv or .tsv (optionally .gz), or any record format.")
  Path predictions;

  @Option(
      names = "--bins",
      paramLabel = "N",
      defaultValue = "10",
      description = "Number of equal-width calibration bins (default: ${DEFAULT-VALUE}).")
  int bins;

  @Option(
      names = "--threshold",
      paramLabel = "T",
      defaultValue = "0.5",
      description =
          "Predict label 1 when score > T, for accuracy, precision, recall and F1 (default:"
              + " ${DEFAULT-VALUE}).")
  double threshold;

  @Override
  public Integer call() {
    if (bins < 1) {
      throw new UsageError("--bins: expected a number of bins >= 1, found " + bins);
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new UsageError("--threshold: expected a number in [0, 1], found " + threshold);
    }
    StatsTable table = StatsTable.read(predictions);
    int labelCol = table.column("label");
    int scoreCol = table.column("score");
    int n = table.rows().size();
    if (n == 0) {
      throw new UsageError(table.source() + ": no predictions: the file has a header but no rows");
    }
    int[] y = new int[n];
    double[] p = new double[n];
    for (int i = 0; i < n; i++) {
      StatsTable.Row row = table.rows().get(i);
      double label = Cells.number(table, row, labelCol, "0 or 1");
      if (label != 0 && label != 1) {
        throw new UsageError(
            table.where(row, labelCol) + ": expected 0 or 1, found '" + row.cells()[labelCol] + "'");
      }
      y[i] = (int) label;
      p[i] = Cells.number(table, row, scoreCol, "a probability in [0, 1]");
      if (p[i] < 0 || p[i] > 1) {
        throw new UsageError(
            table.where(row, scoreCol) + ": expected a probability in [0, 1], found '"
                + row.cells()[scoreCol] + "'");
      }
    }
    int[] predicted = Accuracy.predict(p, threshold);
    PrecisionRecallF1 prf = PrecisionRecallF1.score(y, predicted, Average.BINARY, 1, 0.0);
    ConfusionMatrix cm = ConfusionMatrix.of(y, predicted, new int[] {0, 1});
    ReliabilityDiagram diagram = ReliabilityDiagram.of(y, p, bins);
    long positives = 0;
    for (int v : y) {
      positives += v;
    }

    Map<String, Object> out = new LinkedHashMap<>();
    out.put("n", n);
    out.put("n_positive", positives);
    out.put("threshold", threshold);
    out.put("accuracy", Accuracy.of(y, predicted));
    out.put("precision", prf.precision());
    out.put("recall", prf.recall());
    out.put("f1", prf.f1());
    out.put("roc_auc", Cells.json(RocCurve.auc(y, p)));
    out.put("average_precision", AveragePrecision.score(y, p));
    out.put("log_loss", LogLoss.binary(y, p));
    out.put("brier", BrierScore.of(y, p));
    out.put("ece", CalibrationError.of(diagram, CalibrationError.Norm.L1));
    out.put("ece_l2", CalibrationError.of(diagram, CalibrationError.Norm.L2));
    out.put("mce", CalibrationError.of(diagram, CalibrationError.Norm.MAX));
    Map<String, Object> confusion = new LinkedHashMap<>();
    confusion.put("tp", cm.count(1, 1));
    confusion.put("fp", cm.count(0, 1));
    confusion.put("fn", cm.count(1, 0));
    confusion.put("tn", cm.count(0, 0));
    out.put("confusion", confusion);
    out.put("n_bins", bins);
    List<Map<String, Object>> binList = new ArrayList<>();
    for (ReliabilityBin b : diagram.bins()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("lower", b.lower());
      e.put("upper", b.upper());
      e.put("count", b.count());
      e.put("mean_confidence", Cells.json(b.meanConfidence()));
      e.put("accuracy", Cells.json(b.accuracy()));
      binList.add(e);
    }
    out.put("bins", binList);
    output.result(out);
    return ExitCode.OK;
  }
}
