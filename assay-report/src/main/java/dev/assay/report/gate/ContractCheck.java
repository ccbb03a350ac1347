package dev.assay.report.gate;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.assay.core.AssayInputException;
import dev.assay.core.run.JsonSchemas;
import dev.assay.core.run.RunFileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Checks a run document against its kind's JSON Schema before the gate reads it, so a file from an
 * older contract (a required field renamed or missing, a value of another type) is an error naming
 * the field, never a silent zero. Fields the schema does not name are allowed (a newer minor version
 * may add them; readers ignore them).
 *
 * <pre>{@code
 * ContractCheck.require(RunFileKind.QA_REPORT, tree, Path.of("qa/report.json"));
 * // qa/report.json: at /counts: required property 'records_in' not found (qa-report contract v1; ...)
 * }</pre>
 */
final class ContractCheck {
  private static final Map<RunFileKind, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private ContractCheck() {}

  static void require(RunFileKind kind, JsonNode doc, Path file) {
    Schema s = SCHEMAS.computeIfAbsent(kind, k -> SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JsonSchemas.toJson(k), InputFormat.JSON));
    List<Error> errors = s.validate(doc).stream().filter(e -> !"additionalProperties".equals(e.getKeyword())).toList();
    if (!errors.isEmpty()) {
      Error first = errors.get(0);
      String at = first.getInstanceLocation() == null ? "$" : first.getInstanceLocation().toString();
      throw new AssayInputException(file + ": at " + at + ": " + first.getMessage() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "")
          + " (" + kind.id() + " contract v" + kind.version() + "; 'assay schema " + kind.id() + "' prints it)");
    }
  }
}
