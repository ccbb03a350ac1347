package dev.assay.train.reward;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Train and validation loss (and validation accuracy) after each epoch, to show over- and
 * under-fitting; {@code bestEpoch} is the epoch whose weights were kept.
 *
 * <pre>{@code
 * LearningCurve c = trained.curve();
 * c.epochs().get(c.bestEpoch() - 1).validationLoss();
 * }</pre>
 *
 * @param epochs one point per epoch, in order
 * @param bestEpoch 1-based epoch with the lowest validation loss
 */
public record LearningCurve(List<Point> epochs, int bestEpoch) {
  /** One epoch. Losses are the Bradley-Terry loss without L2 and without dropout. */
  public record Point(int epoch, double trainLoss, double validationLoss, double validationAccuracy) {}

  /** Copies the list. */
  public LearningCurve {
    epochs = List.copyOf(epochs);
  }

  /** As a map for JSON. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("best_epoch", bestEpoch);
    m.put("epoch", epochs.stream().map(Point::epoch).toList());
    m.put("train_loss", epochs.stream().map(p -> round(p.trainLoss())).toList());
    m.put("validation_loss", epochs.stream().map(p -> round(p.validationLoss())).toList());
    m.put("validation_accuracy", epochs.stream().map(p -> round(p.validationAccuracy())).toList());
    return m;
  }

  static double round(double v) {
    return Math.round(v * 1e5) / 1e5;
  }
}
