package dev.assay.report.export;

import dev.assay.report.model.Block;
import dev.assay.report.model.Chart;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tables of a report in reading order (every {@link Table} block and every {@link Chart}'s data
 * table), each under a name that is unique in the export and safe as a file name: lower case
 * letters, digits and {@code _}; a clash gets {@code _2}, {@code _3}, ... in order of appearance.
 *
 * <pre>{@code
 * Map<String, Table> byName = UniqueTableNames.of(report);   // "win_rates", "win_rates_2", ...
 * }</pre>
 */
final class UniqueTableNames {
  private UniqueTableNames() {}

  /** Every table of the report by its unique name, in reading order. */
  static Map<String, Table> of(Report report) {
    List<Table> tables = new ArrayList<>();
    for (Section s : report.sections()) {
      for (Block b : s.blocks()) {
        switch (b) {
          case Table t -> tables.add(t);
          case Chart c -> {
            if (c.data() != null) {
              tables.add(c.data());
            }
          }
          default -> {}
        }
      }
    }
    return of(tables);
  }

  /** The given tables by unique name, in the given order. */
  static Map<String, Table> of(List<Table> tables) {
    Map<String, Table> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (Table t : tables) {
      String base = fileSafe(t.name());
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "_" + n;
      }
      out.put(name, t);
    }
    return out;
  }

  /** {@code "Win rates (vs. GPT-4)"} becomes {@code "win_rates_vs_gpt_4"}; blank becomes {@code "table"}. */
  static String fileSafe(String name) {
    String s = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    s = s.replaceAll("^_+|_+$", "");
    return s.isEmpty() ? "table" : s;
  }
}
