/**
 * Analysis tables: every table of a report, charts' data included, as typed Parquet files with a
 * {@code schema.json} beside them, for DuckDB, pandas and notebooks (docs/analysis.md).
 *
 * <pre>{@code
 * TableExporter.export(Reports.build(runDirs), Path.of("out/report"));   // out/report/tables/*.parquet
 * }</pre>
 */
package dev.assay.report.export;
