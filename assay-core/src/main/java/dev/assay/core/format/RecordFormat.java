package dev.assay.core.format;

import tools.jackson.databind.JsonNode;

/**
 * A common data format of the field (OpenAI chat, Alpaca, hh-rlhf, AlpacaEval annotations, MT-Bench
 * questions ...): its name, its built-in JSON Schema, and whether a record looks like it. Each
 * format also maps its records to Assay's own types ({@link SampleFormat}, {@link PreferenceFormat},
 * {@link JudgmentFormat}).
 *
 * <pre>{@code
 * RecordFormat f = Formats.byName("alpaca");
 * Sample s = ((SampleFormat) f).toSample(node, "train.jsonl:3");
 * }</pre>
 */
public interface RecordFormat {
  /** The name used on the command line and in built-in schema names. */
  String name();

  /** One sentence for {@code --help} and docs. */
  String description();

  /** True when {@code node} has this format's characteristic fields. */
  boolean looksLike(JsonNode node);
}
