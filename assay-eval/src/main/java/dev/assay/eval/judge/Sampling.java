package dev.assay.eval.judge;

import dev.assay.core.model.Message;
import dev.assay.models.llm.ChatRequest;
import dev.assay.models.llm.GenerationParams;
import java.util.ArrayList;
import java.util.List;

/**
 * Generation parameters shared by the LLM judges and the expansion of one prompt into k
 * self-consistency samples ({@link ChatRequest#withSample(int)} keeps them apart in the cache).
 * Without an explicit temperature, one sample is greedy (0) and several sample at 0.7.
 *
 * <pre>{@code
 * GenerationParams p = Sampling.params(3, null, 1024, 42L);   // temperature 0.7
 * List<ChatRequest> reqs = Sampling.expand(messages, p, 3);   // samples 0, 1, 2
 * }</pre>
 */
final class Sampling {
  /** Temperature used for self-consistency when none is configured. */
  static final double SAMPLING_TEMPERATURE = 0.7;

  private Sampling() {}

  static GenerationParams params(int samples, Double temperature, Integer maxTokens, Long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples: expected >= 1, found " + samples);
    }
    double t = temperature != null ? temperature : samples > 1 ? SAMPLING_TEMPERATURE : 0.0;
    return GenerationParams.DEFAULT.withTemperature(t).withMaxTokens(maxTokens).withSeed(seed);
  }

  static List<ChatRequest> expand(List<Message> messages, GenerationParams params, int samples) {
    List<ChatRequest> out = new ArrayList<>(samples);
    ChatRequest base = ChatRequest.of(messages, params);
    for (int k = 0; k < samples; k++) {
      out.add(base.withSample(k));
    }
    return out;
  }

  static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
