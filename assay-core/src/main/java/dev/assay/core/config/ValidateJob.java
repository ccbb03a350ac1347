package dev.assay.core.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * A validation job as a YAML file, for {@code assay validate --config job.yaml}:
 *
 * <pre>{@code
 * input: data/train.jsonl.gz
 * schema: openai-chat          # or a path to a schema file
 * out: ${OUT_DIR:-out/validate}
 * threads: 2
 * }</pre>
 *
 * Relative paths ({@code input}, {@code out}, a schema file) are relative to the YAML file's folder.
 *
 * @param input the data set
 * @param schema a built-in schema name or a schema file
 * @param out the output directory
 * @param format jsonl, json, csv or parquet, when the file name does not tell
 * @param threads worker threads (1 to 256), 0 for the number of processors
 */
public record ValidateJob(
    @ConfigPath @NotBlank String input,
    @ConfigPath(orName = true) @NotBlank String schema,
    @ConfigPath @NotBlank String out,
    @Pattern(regexp = "jsonl|json|csv|parquet", message = "must be one of jsonl, json, csv, parquet") String format,
    @Min(0) @Max(256) Integer threads) {}
