package dev.assay.report.export;

import dev.assay.core.manifest.ManifestWriter;
import dev.assay.report.model.Report;
import dev.assay.report.model.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Analysis tables for notebooks: writes every table of a {@link Report} (each {@link Table} block
 * and each chart's data table) as {@code <dir>/tables/<name>.parquet}, and
 * {@code <dir>/tables/schema.json} describing them (name, caption, file, rows, and per column its
 * name, label, type, Parquet type and unit). Names are unique per export: a clash gets a
 * {@code _2}, {@code _3}... suffix. docs/analysis.md shows how to read the files.
 *
 * <pre>{@code
 * TableExporter.Result r = TableExporter.export(report, Path.of("out/quickstart"));
 * // out/quickstart/tables/win_rates.parquet, ..., out/quickstart/tables/schema.json
 * }</pre>
 */
public final class TableExporter {
  /** The folder under the export directory that holds the tables. */
  public static final String FOLDER = "tables";

  /** The schema file's name inside {@link #FOLDER}. */
  public static final String SCHEMA_FILE = "schema.json";

  private TableExporter() {}

  /**
   * What an export wrote.
   *
   * @param folder {@code <dir>/tables}
   * @param schema {@code <dir>/tables/schema.json}
   * @param tables the tables, in the order written
   */
  public record Result(Path folder, Path schema, List<ExportedTable> tables) {
    public Result {
      tables = List.copyOf(tables);
    }
  }

  /** Writes every table of {@code report} under {@code dir/tables}. */
  public static Result export(Report report, Path dir) {
    return write(UniqueTableNames.of(report), dir);
  }

  /** Writes the report's tables followed by {@code extra} ones (e.g. per-item results) under {@code dir/tables}. */
  public static Result export(Report report, List<Table> extra, Path dir) {
    List<Table> all = new ArrayList<>(UniqueTableNames.of(report).values());
    all.addAll(extra);
    return write(UniqueTableNames.of(all), dir);
  }

  /** Writes the given tables under {@code dir/tables}. */
  public static Result export(List<Table> tables, Path dir) {
    return write(UniqueTableNames.of(tables), dir);
  }

  private static Result write(Map<String, Table> tables, Path dir) {
    Path folder = dir.resolve(FOLDER);
    List<ExportedTable> written = new ArrayList<>();
    try {
      for (Map.Entry<String, Table> e : tables.entrySet()) {
        Path file = folder.resolve(e.getKey() + ".parquet");
        ParquetTable.write(e.getValue(), file);
        writeCsv(e.getValue(), folder.resolve(e.getKey() + ".csv"));
        written.add(new ExportedTable(e.getKey(), file, e.getValue()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path schema = folder.resolve(SCHEMA_FILE);
    ManifestWriter.writeJson(schemaJson(written), schema);
    return new Result(folder, schema, written);
  }

  /**
   * The same table as CSV (header = column names, empty cell = null), for readers without a
   * Parquet library: pandas on Debian 12 has no pyarrow, and a spreadsheet opens it as is.
   */
  private static void writeCsv(Table table, Path file) {
    List<String> names = table.columns().stream().map(Table.Column::name).toList();
    try (dev.assay.core.io.CsvWriter csv = new dev.assay.core.io.CsvWriter(file, names)) {
      for (List<Object> row : table.rows()) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
          m.put(names.get(i), i < row.size() ? row.get(i) : null);
        }
        csv.write(dev.assay.core.io.Json.MAPPER.valueToTree(m));
      }
    }
  }

  /** What {@code schema.json} holds: {@code {"format", "tables": [{name, caption, file, rows, columns: [...]}]}}. */
  static Map<String, Object> schemaJson(List<ExportedTable> tables) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ExportedTable t : tables) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", t.name());
      m.put("caption", t.table().caption());
      m.put("file", t.file().getFileName().toString());
      m.put("csv_file", t.file().getFileName().toString().replaceAll("\\.parquet$", ".csv"));
      m.put("rows", t.rows());
      List<Map<String, Object>> columns = new ArrayList<>();
      for (Table.Column c : t.table().columns()) {
        Map<String, Object> col = new LinkedHashMap<>();
        col.put("name", c.name());
        col.put("label", c.label());
        col.put("type", c.type());
        col.put("parquet_type", ParquetTable.sqlType(c.type()));
        col.put("unit", c.unit() == null ? "" : c.unit());
        columns.add(col);
      }
      m.put("columns", columns);
      list.add(m);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "assay-tables/1");
    root.put("tables", list);
    return root;
  }
}
