package dev.assay.report.model;

/**
 * One piece of a section's content: a paragraph, a callout, a table or a chart.
 *
 * <pre>{@code
 * List<Block> blocks = List.of(new Paragraph("..."), table, chart);
 * }</pre>
 */
public sealed interface Block permits Paragraph, Callout, Table, Chart {}
