package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One row of {@code quarantine.jsonl}: a record that could not be used, where it was, why, and its
 * original text ({@code raw}) or bytes ({@code raw_base64} when not valid UTF-8), so nothing is lost.
 *
 * <pre>{@code
 * QuarantineRow q = RunFileKind.QUARANTINE.contract(QuarantineRow.class).readRows(file).get(0);
 * q.source() + ":" + q.line() + ": " + q.error();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuarantineRow(
    @Doc("the input file as the user named it") String source,
    @Doc("1-based line where the record starts (row number for Parquet)") long line,
    @Doc("the first problem, as a sentence that starts with file:line") String error,
    @Doc(value = "every problem found", required = false) List<String> errors,
    @Doc(value = "the record's original text", required = false) String raw,
    @Doc(value = "the record's original bytes, when they are not valid UTF-8", required = false) String rawBase64,
    @Doc(value = "other fields (the record index within the file, the row id ...)", required = false)
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

  /** Copies. */
  public QuarantineRow {
    errors = errors == null ? null : List.copyOf(errors);
    extra = extra == null ? new LinkedHashMap<>() : new LinkedHashMap<>(extra);
  }
}
