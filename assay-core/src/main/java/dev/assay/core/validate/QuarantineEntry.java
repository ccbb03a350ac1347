package dev.assay.core.validate;

import dev.assay.core.io.InputRecord;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of {@code quarantine.jsonl}: where the record was ({@code source}, 1-based {@code line}),
 * the first error as a sentence, all errors, and the original record: {@code raw} as text, or
 * {@code raw_base64} when its bytes are not valid UTF-8.
 *
 * <pre>{@code
 * {"source":"in.jsonl","line":7,"error":"in.jsonl:7: field 'output': expected string, found number 3",
 *  "errors":["..."],"raw":"{\"instruction\":\"x\",\"output\":3}"}
 * }</pre>
 */
public final class QuarantineEntry {
  private QuarantineEntry() {}

  /** Builds the JSON object for a rejected record. */
  public static ObjectNode of(InputRecord r, List<String> errors) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("source", r.source());
    o.put("line", r.line());
    if (r.index() > 0) {
      o.put("record", r.index());
    }
    o.put("error", errors.get(0));
    ArrayNode all = o.putArray("errors");
    errors.forEach(all::add);
    String text = r.rawText();
    if (text != null) {
      o.put("raw", text);
    } else {
      o.put("raw_base64", Base64.getEncoder().encodeToString(r.raw()));
    }
    return o;
  }
}
