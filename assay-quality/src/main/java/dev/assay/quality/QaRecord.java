package dev.assay.quality;

import tools.jackson.databind.JsonNode;

/**
 * One record as the QA checks see it: where it is in the input (1-based {@code line}), its id, the
 * parsed JSON, and the text the pipeline checks (taken from the configured field).
 *
 * <pre>{@code
 * QaRecord r = new QaRecord(12, "row-12", node, "The text to check.");
 * }</pre>
 *
 * @param line 1-based physical line (or row) in the input
 * @param id the record's id field, or {@code String.valueOf(line)} when it has none
 * @param value the whole parsed record
 * @param text the checked text (the configured field), never null ("" when absent)
 */
public record QaRecord(long line, String id, JsonNode value, String text) {}
