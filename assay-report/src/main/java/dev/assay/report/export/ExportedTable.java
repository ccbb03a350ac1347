package dev.assay.report.export;

import dev.assay.report.model.Table;
import java.nio.file.Path;

/**
 * One analysis table written by {@link TableExporter}: its unique name in the export, the file and
 * the table it came from.
 *
 * <pre>{@code
 * for (ExportedTable t : TableExporter.export(report, out).tables()) {
 *   System.out.println(t.name() + " -> " + t.file() + " (" + t.rows() + " rows)");
 * }
 * }</pre>
 *
 * @param name the exported name: the table's own name, with a {@code _2}, {@code _3}... suffix when
 *     an earlier table of the same export already has it
 * @param file the Parquet file, {@code <dir>/tables/<name>.parquet}
 * @param table the table written (its rows, columns and caption)
 */
public record ExportedTable(String name, Path file, Table table) {

  /** The number of rows written. */
  public int rows() {
    return table.rows().size();
  }
}
