package dev.assay.quality.pipeline;

import dev.assay.core.config.ConfigPath;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * A declarative QA pipeline, as written in YAML and loaded with {@code ConfigLoader}:
 *
 * <pre>{@code
 * input: data/train.jsonl.gz
 * field: messages[-1].content     # the text every check reads (dotted path or JSON Pointer)
 * id_field: id                     # optional
 * out: ${OUT:-out/qa}
 * threads: 2
 * embedding_cache: /data/cache/embeddings.db   # optional: a file, a folder or off
 * checks:
 *   - name: empty
 *   - name: gopher_quality
 *     params: {min_words: 20}
 *   - name: pii
 *     action: redact
 *   - name: minhash_dedup
 *     params: {threshold: 0.8}
 * }</pre>
 *
 * Relative {@code input} and {@code out} paths are relative to the YAML file's folder, so a
 * pipeline reads and writes the same files from whatever directory it is run.
 *
 * @param input the data set (.jsonl, .json, .csv, .parquet, optionally .gz)
 * @param format the input format when the file name does not tell
 * @param field path of the text the checks read
 * @param idField optional path of the record id (reported with findings)
 * @param out output directory
 * @param threads worker threads, 0 or absent for the number of processors
 * @param checks the ordered checks
 * @param embeddingCache optional persistent embedding cache for this run: a file, a folder (its
 *     {@code embeddings.db}) or {@code off}; the CLI's {@code --embedding-cache} wins over it, and
 *     without either the process default applies ({@code dev.assay.models.embed.EmbeddingCache})
 */
public record PipelineConfig(
    @ConfigPath @NotBlank String input,
    @Pattern(regexp = "jsonl|json|csv|parquet", message = "must be one of jsonl, json, csv, parquet") String format,
    @NotBlank String field,
    String idField,
    @ConfigPath @NotBlank String out,
    @Min(0) @Max(256) Integer threads,
    @NotEmpty List<@Valid CheckSpec> checks,
    String embeddingCache) {

  public PipelineConfig {
    checks = checks == null ? null : List.copyOf(checks);
  }

  /** A pipeline without an {@code embedding_cache} key. */
  public PipelineConfig(
      String input, String format, String field, String idField, String out, Integer threads, List<CheckSpec> checks) {
    this(input, format, field, idField, out, threads, checks, null);
  }

  /** The worker count to use. */
  public int effectiveThreads() {
    return threads == null || threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
  }
}
