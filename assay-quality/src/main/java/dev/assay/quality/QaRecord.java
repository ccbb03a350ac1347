package dev.assay.quality;

import tools.jackson.databind.JsonNode;

/**
 * One record as the QA checks see it: which record of the input set it is (1-based {@code line},
 * which the pipeline sets to the record's ordinal across every shard, so the elements of a one-line
 * JSON array are distinct records), its id, the parsed JSON, and the text the pipeline checks (taken
 * from the configured field).
 *
 * <pre>{@code
 * QaRecord r = new QaRecord(12, "row-12", node, "The text to check.");
 * }</pre>
 *
 * @param line the record's key: its 1-based ordinal in the input set (not the physical line)
 * @param id the record's id field, or its record index within its file when it has none
 * @param value the whole parsed record
 * @param text the checked text (the configured field), never null ("" when absent)
 */
public record QaRecord(long line, String id, JsonNode value, String text) {}
