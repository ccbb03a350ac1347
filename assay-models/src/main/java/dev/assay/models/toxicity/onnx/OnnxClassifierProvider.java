package dev.assay.models.toxicity.onnx;

import dev.assay.models.toxicity.ToxicityScorer;
import dev.assay.models.toxicity.ToxicityScorerProvider;
import java.nio.file.Path;

/**
 * Registers {@code onnx:<path to model.onnx>}.
 *
 * <pre>{@code
 * ToxicityScorers.open("onnx:/models/toxic-bert/model.onnx");
 * }</pre>
 */
public final class OnnxClassifierProvider implements ToxicityScorerProvider {
  private static final String PREFIX = "onnx:";

  @Override
  public String usage() {
    return "onnx:<model.onnx with tokenizer.json and config.json beside it>";
  }

  @Override
  public boolean accepts(String spec) {
    return spec.startsWith(PREFIX);
  }

  @Override
  public ToxicityScorer open(String spec) {
    return new OnnxClassifierScorer(Path.of(spec.substring(PREFIX.length())));
  }
}
