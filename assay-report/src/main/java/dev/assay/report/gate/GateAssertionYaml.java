package dev.assay.report.gate;

import dev.assay.core.run.GateSeverity;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads one entry of gate.yaml's {@code assertions}: a string ({@code "qa.rejected_share <= 0.1"})
 * or a map ({@code assert: ...}, {@code severity: warn}). A bad entry is a mapping error, so
 * ConfigLoader reports it as {@code gate.yaml:LINE: field 'assertions[i]': ...}.
 *
 * <pre>{@code
 * assertions:
 *   - "qa.rejected_share <= 0.1"
 *   - assert: "qa.duplicate_rate <= 0.05"
 *     severity: warn
 * }</pre>
 */
final class GateAssertionYaml extends ValueDeserializer<GateAssertion> {
  @Override
  public GateAssertion deserialize(JsonParser p, DeserializationContext ctxt) {
    JsonNode n = ctxt.readTree(p);
    String expression = null;
    GateSeverity severity = GateSeverity.ERROR;
    if (n.isString()) {
      expression = n.asString();
    } else if (n.isObject()) {
      for (var e : n.properties()) {
        switch (e.getKey()) {
          case "assert" -> expression = e.getValue().asString();
          case "severity" -> {
            try {
              severity = GateSeverity.of(e.getValue().asString());
            } catch (IllegalArgumentException x) {
              return ctxt.reportInputMismatch(GateAssertion.class, "%s", "severity " + x.getMessage());
            }
          }
          default -> {
            return ctxt.reportInputMismatch(GateAssertion.class, "%s",
                "unknown key '" + e.getKey() + "' in an assertion; an assertion has 'assert' and optionally 'severity' (error or warn)");
          }
        }
      }
      if (expression == null) {
        return ctxt.reportInputMismatch(GateAssertion.class, "%s", "the assertion has no 'assert' key");
      }
    } else {
      return ctxt.reportInputMismatch(GateAssertion.class, "%s",
          "an assertion is a string such as \"qa.rejected_share <= 0.1\", or 'assert:' with an optional 'severity: warn'");
    }
    try {
      return GateAssertion.parse(expression, severity);
    } catch (GateSyntaxException x) {
      return ctxt.reportInputMismatch(GateAssertion.class, "%s", x.getMessage());
    }
  }
}
