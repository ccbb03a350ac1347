package dev.assay.models.toxicity;

import java.util.List;
import java.util.Map;

/**
 * Scores texts for toxicity: each text gets a probability in [0, 1] per label (at least {@code
 * toxicity}; {@code identity_attack} where the scorer has it). Implementations: the embedded
 * classifier over MiniLM embeddings, any ONNX sequence-classification model by path, and Google's
 * Perspective API. Thread-safe; batch calls are the efficient path.
 *
 * <pre>{@code
 * try (ToxicityScorer s = ToxicityScorers.open("embedded")) {
 *   List<Map<String, Double>> scores = s.score(List.of("have a nice day", "..."));
 *   double tox = scores.get(0).get("toxicity");
 * }
 * }</pre>
 */
public interface ToxicityScorer extends AutoCloseable {
  /** The label every scorer provides. */
  String TOXICITY = "toxicity";
  /** Attacks on a person or group because of their identity. */
  String IDENTITY_ATTACK = "identity_attack";

  /** The scorer's name as written on the command line ({@code embedded}, {@code onnx:<path>} ...). */
  String name();

  /** The labels this scorer returns, in a fixed order. */
  List<String> labels();

  /** Label-to-probability maps, one per text, in input order. Blank texts score 0 on every label. */
  List<Map<String, Double>> score(List<String> texts);

  /** What to record in a manifest: model ids, hashes, versions, endpoints (never keys). */
  Map<String, Object> info();

  @Override
  default void close() {}
}
