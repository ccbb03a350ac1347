package dev.assay.report.source;

import dev.assay.core.io.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;

/**
 * What is known about a reward model used as an offline judge: its held-out test accuracy, read
 * from the {@code metrics.json} that {@code assay reward train} wrote beside it (for the shipped
 * default, the copy on the class path when assay-train is there).
 *
 * <pre>{@code
 * JsonNode test = RewardModelFacts.testMetrics("default");   // {"n": 4691, "accuracy": 0.84, ...} or null
 * }</pre>
 */
public final class RewardModelFacts {
  private static final String DEFAULT_METRICS = "dev/assay/models/reward/default/metrics.json";

  private RewardModelFacts() {}

  /** The {@code test} block of the model's metrics, or null when they cannot be found. */
  public static JsonNode testMetrics(String rewardModel) {
    if (rewardModel == null) {
      return null;
    }
    try {
      JsonNode metrics;
      if (rewardModel.equals("default")) {
        try (InputStream in = RewardModelFacts.class.getClassLoader().getResourceAsStream(DEFAULT_METRICS)) {
          if (in == null) {
            return null;
          }
          metrics = Json.MAPPER.readTree(in);
        }
      } else {
        Path file = Path.of(rewardModel).resolve("metrics.json");
        if (!Files.isRegularFile(file)) {
          return null;
        }
        metrics = Json.MAPPER.readTree(file.toFile());
      }
      JsonNode test = metrics.get("test");
      return test != null && test.isObject() ? test : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
