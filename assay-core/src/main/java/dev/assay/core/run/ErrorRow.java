package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

/**
 * One row of {@code errors.jsonl} of a resumable run ({@code generate}, {@code judge}): a row whose
 * model call failed after the client's retries, or whose task threw. It runs again the next time
 * the same command runs.
 *
 * <pre>{@code
 * ErrorRow e = RunFileKind.ERRORS.contract(ErrorRow.class).readRows(file).get(0);
 * e.kind();   // "rate_limited", "server", "internal" ...
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorRow(
    @Doc(value = "the row's id", types = {"string", "integer", "null"}, required = false) JsonNode id,
    @Doc("the input file") String source,
    @Doc("the input line") long line,
    @Doc("what kind of failure (the model client's failure kind, or internal)") String kind,
    @Doc(value = "the HTTP status, when there was one", required = false) Integer status,
    @Doc("the error as a sentence starting with file:line") String error) {}
