package dev.assay.quality;

/**
 * A data-quality check. Every check is an immutable record whose components are its configuration
 * (so a YAML pipeline or a manifest can rebuild it), registered by {@link #name()} through a
 * {@link CheckProvider}. Two kinds exist: {@link RecordCheck} looks at one record at a time;
 * {@link DatasetCheck} needs the whole data set (duplicates, contamination).
 *
 * <pre>{@code
 * Check c = CheckRegistry.create("c4", Json.MAPPER.readTree("{\"min_words_per_line\": 3}"));
 * }</pre>
 */
public sealed interface Check permits RecordCheck, DatasetCheck {
  /** The registered name, as written in pipeline YAML (snake_case, e.g. {@code gopher_quality}). */
  String name();
}
