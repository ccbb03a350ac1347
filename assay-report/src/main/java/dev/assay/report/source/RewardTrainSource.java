package dev.assay.report.source;

import dev.assay.report.chart.Charts;
import dev.assay.report.model.Block;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Section;
import dev.assay.report.summary.Counted;
import dev.assay.report.summary.Percent;
import dev.assay.report.summary.RewardAccuracy;
import dev.assay.report.summary.RewardSentences;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code assay reward train} runs (the model folder): learning curves (training and validation
 * loss, validation accuracy per epoch) and the held-out test evaluation, read as a reward
 * evaluation. Reads {@code metrics.json}.
 *
 * <pre>{@code
 * List<Section> s = new RewardTrainSource().contribution(Path.of("models/rm"), manifest).sections();
 * }</pre>
 */
public final class RewardTrainSource implements ReportSource {

  @Override
  public List<String> commands() {
    return List.of("reward train");
  }

  @Override
  public Contribution contribution(Path runDir, JsonNode manifest) {
    JsonNode m = RunFiles.json(runDir, "metrics.json");
    return new Contribution(sections(m), summary(runDir, m));
  }

  private static List<Section> sections(JsonNode m) {
    JsonNode curve = m.path("learning_curve");
    List<Block> blocks = new ArrayList<>();
    Map<String, double[]> losses = new LinkedHashMap<>();
    put(losses, "training loss", curve.path("train_loss"));
    put(losses, "validation loss", curve.path("validation_loss"));
    if (!losses.isEmpty()) {
      blocks.add(Charts.lines("reward-train-loss", "Learning curves", "Bradley-Terry loss per epoch; the model kept is the one of epoch "
          + RunFiles.count(curve, "best_epoch", 0) + " (lowest validation loss).", "Epoch", "Loss", losses));
    }
    Map<String, double[]> accuracy = new LinkedHashMap<>();
    put(accuracy, "validation accuracy", curve.path("validation_accuracy"));
    if (!accuracy.isEmpty()) {
      blocks.add(Charts.lines("reward-train-accuracy", "Validation accuracy", "Share of validation pairs ranked the right way, per epoch.",
          "Epoch", "Accuracy", accuracy));
    }
    JsonNode test = m.path("test");
    if (test.isObject() && RunFiles.count(test, "n", 0) > 0) {
      for (Section s : new RewardEvalSource().sections(test)) {
        blocks.addAll(s.blocks());
      }
    }
    JsonNode pairs = m.path("pairs");
    String intro = "Trained on " + Counted.of(RunFiles.count(pairs, "train", 0), "pairs") + ", validated on " + Percent.count(RunFiles.count(pairs, "validation", 0))
        + ", tested on " + Percent.count(RunFiles.count(pairs, "test", 0)) + " held out.";
    return List.of(new Section("reward-train", "Reward model training (reward train)", intro, blocks));
  }

  private static ExecutiveSummary summary(Path runDir, JsonNode m) {
    JsonNode pairs = m.path("pairs");
    String name = runDir.toAbsolutePath().normalize().getFileName().toString();
    List<String> tested = List.of("We trained the reward model " + name + " on " + Counted.of(RunFiles.count(pairs, "train", 0), "preference pairs")
        + " and tested it on " + Counted.of(RunFiles.count(pairs, "test", 0), "held-out pairs") + ".");
    JsonNode test = m.path("test");
    if (!test.isObject()) {
      return new ExecutiveSummary(tested, List.of(), List.of(), List.of("The run has no test evaluation."));
    }
    RewardAccuracy a = RewardEvalSource.accuracy(test);
    ExecutiveSummary s = RewardSentences.of(new RewardAccuracy(name, a.n(), a.accuracy(), a.lower(), a.upper(), a.longerWins(),
        a.nLengthMatched(), a.accuracyLengthMatched(), a.ece()));
    return new ExecutiveSummary(tested, s.headlines(), s.notSignificant(), s.caveats());
  }

  private static void put(Map<String, double[]> series, String name, JsonNode values) {
    if (values.isArray() && !values.isEmpty()) {
      double[] v = new double[values.size()];
      for (int i = 0; i < v.length; i++) {
        v[i] = values.get(i).isNumber() ? values.get(i).asDouble() : Double.NaN;
      }
      series.put(name, v);
    }
  }
}
