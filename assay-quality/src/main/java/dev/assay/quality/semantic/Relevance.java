package dev.assay.quality.semantic;

import dev.assay.models.embed.Embedder;
import dev.assay.models.embed.EmbedderOptions;
import dev.assay.models.embed.Embedders;
import dev.assay.quality.Finding;
import dev.assay.quality.QaRecord;
import dev.assay.quality.RecordCheck;
import dev.assay.quality.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * Prompt-response relevance: the cosine of the two texts' embeddings; below {@code threshold}
 * the response is flagged as off-topic. The texts come from the record's JSON by {@link
 * TextFields} specs ({@code auto}: the last user and last assistant message of an OpenAI chat
 * record, or instruction/output-style fields). The model is opened once per process ({@link
 * Embedders#shared}) and is safe to call from the pipeline's worker threads.
 *
 * <p>A record without a prompt or without a response gets a finding with rule {@code missing}
 * (it cannot be judged); a blank response gets rule {@code cosine} with value 0.
 *
 * <pre>{@code
 * Check c = CheckRegistry.create("relevance",
 *     Json.MAPPER.readTree("{\"threshold\": 0.25, \"prompt_field\": \"question\", \"response_field\": \"answer\"}"));
 * }</pre>
 *
 * @param model {@code minilm}, {@code minilm-q}, or a path to an {@code .onnx} model
 * @param threshold the least cosine an on-topic response has, in [-1, 1]
 * @param promptField where the prompt is ({@link TextFields} spec)
 * @param responseField where the response is ({@link TextFields} spec)
 */
public record Relevance(String model, double threshold, String promptField, String responseField)
    implements RecordCheck {

  public Relevance {
    if (model == null || model.isBlank()) {
      throw new IllegalArgumentException("model: expected minilm, minilm-q or a path to an .onnx file, found '" + model + "'");
    }
    if (!(threshold >= -1 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold: expected a cosine in [-1, 1], found " + threshold);
    }
    if (promptField == null || promptField.isBlank() || responseField == null || responseField.isBlank()) {
      throw new IllegalArgumentException("prompt_field and response_field: expected field specs (auto, last_user, /pointer, a.b)");
    }
  }

  /** MiniLM fp32, cosine 0.2, fields found automatically. */
  public static Relevance defaults() {
    return new Relevance("minilm", 0.2, "auto", "auto");
  }

  @Override
  public String name() {
    return "relevance";
  }

  @Override
  public Verdict check(QaRecord record) {
    String prompt = TextFields.select(record.value(), promptField, true);
    String response = TextFields.select(record.value(), responseField, false);
    if (prompt == null || response == null) {
      String which = prompt == null ? "prompt (" + promptField + ")" : "response (" + responseField + ")";
      return new Verdict(List.of(Finding.of(name(), "missing", 0, threshold, "no " + which + " in the record")), null);
    }
    float[][] v = Embedders.shared(model, EmbedderOptions.defaults()).embed(List.of(prompt, response));
    double cos = Embedder.cosine(v[0], v[1]);
    if (cos >= threshold) {
      return Verdict.PASS;
    }
    String detail = String.format(Locale.ROOT, "response looks off-topic: prompt-response cosine %.3f below %.3f", cos, threshold);
    return new Verdict(List.of(Finding.of(name(), "cosine", cos, threshold, detail)), null);
  }
}
