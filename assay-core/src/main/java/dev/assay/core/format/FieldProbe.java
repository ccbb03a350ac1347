package dev.assay.core.format;

import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.InputSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Catches a mistyped field before a run quarantines every record: reads the first records of an
 * input set and fails, naming the fields that do exist, when the field is in none of them. A field
 * present in at least one of the first records passes (records without it are quarantined one by
 * one as before); an input whose first records all fail to parse passes too (the run quarantines
 * them with their parse errors).
 *
 * <pre>{@code
 * FieldProbe.require(InputSet.expand(List.of("train.jsonl")), null, "--field", "messages[-1].content");
 * // AssayInputException: --field 'txt' is in none of the first 100 records of train.jsonl;
 * //   their fields: id, text
 * }</pre>
 */
public final class FieldProbe {
  /** How many records are looked at. */
  public static final int SAMPLE = 100;

  private FieldProbe() {}

  /**
   * Fails when {@code field} is in none of the first {@link #SAMPLE} object records of {@code
   * inputs}; {@code option} names the setting in the message ({@code --field}, {@code field}).
   */
  public static void require(InputSet inputs, String format, String option, String field) {
    FieldPath path = FieldPath.parse(field);
    Set<String> seen = new TreeSet<>();
    int objects = 0;
    try (DatasetReader r = inputs.open(format)) {
      for (InputRecord rec; objects < SAMPLE && (rec = r.next()) != null; ) {
        if (!rec.parsed() || !rec.value().isObject()) {
          continue;
        }
        objects++;
        if (path.find(rec.value()) != null) {
          return;
        }
        seen.addAll(rec.value().propertyNames());
      }
    }
    if (objects == 0) {
      return;
    }
    throw new AssayInputException(
        option + " '" + field + "' is in none of the first " + objects + " records of "
            + inputs.describe() + "; their fields: "
            + (seen.isEmpty() ? "(none)" : String.join(", ", seen)));
  }
}
