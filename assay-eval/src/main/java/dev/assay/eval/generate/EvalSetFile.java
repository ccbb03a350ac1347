package dev.assay.eval.generate;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies an eval set (JSON Lines or a JSON array such as AlpacaEval's {@code alpaca_eval.json},
 * gzip detected) into the run's {@code eval_set.jsonl}, one line per input record, so that a
 * resumable run can key every row: each object gets an {@code id} (its own {@code id}, else
 * MT-Bench's {@code question_id}, else its 1-based record number) and {@link #SOURCE} (its
 * {@code file:line}). A record that does not parse becomes a line holding only the id, the source
 * and {@link #ERROR}, which {@link GenerateTask} reports as the row's problem, so every input record
 * ends in exactly one place.
 *
 * <pre>{@code
 * long n = EvalSetFile.normalise(Path.of("alpaca_eval.json"), out.resolve(EvalSetFile.NAME));
 * }</pre>
 */
public final class EvalSetFile {
  /** The copy's name inside the output directory. */
  public static final String NAME = "eval_set.jsonl";
  /** Field holding the record's original {@code file:line}. */
  public static final String SOURCE = "_source";
  /** Field holding the parse error of a record that did not parse. */
  public static final String ERROR = "_error";

  private EvalSetFile() {}

  /** Writes the copy and returns the number of records. */
  public static long normalise(Path input, Path copy) {
    long n = 0;
    try (DatasetReader in = Datasets.open(input);
        JsonlWriter out = new JsonlWriter(copy)) {
      for (InputRecord r; (r = in.next()) != null; ) {
        n++;
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        if (!r.parsed() || !r.value().isObject()) {
          line.put("id", "record-" + n);
          line.put(SOURCE, r.location());
          line.put(ERROR, r.parsed() ? r.location() + ": expected a JSON object, found " + r.value().getNodeType() : r.error());
        } else {
          JsonNode v = r.value();
          JsonNode id = v.get("id");
          if (id == null || id.isNull()) {
            id = v.get("question_id");
          }
          if (id == null || id.isNull()) {
            line.put("id", n);
          } else {
            line.set("id", id);
          }
          v.properties().forEach(e -> {
            if (!e.getKey().equals("id")) {
              line.set(e.getKey(), e.getValue());
            }
          });
          line.put(SOURCE, r.location());
        }
        out.write(line);
      }
    }
    if (n == 0) {
      throw new AssayInputException(input + ": expected at least one record, found none");
    }
    return n;
  }
}
