package dev.assay.report.render;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.assay.report.model.Block;
import dev.assay.report.model.Callout;
import dev.assay.report.model.Chart;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Report;
import dev.assay.report.model.Table;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report as indented JSON ({@code report.json}): the whole model, every block tagged with its
 * {@code "type"} (paragraph, callout, table, chart), chart options and data tables included, so a
 * notebook or another tool can read exactly what the page shows. {@link #read} gives back an
 * equal {@link Report}.
 *
 * <pre>{@code
 * String json = new JsonReportRenderer().render(report);
 * Report same = JsonReportRenderer.read(json);
 * }</pre>
 */
public final class JsonReportRenderer {

  /** Reads and writes reports; whole numbers read as {@code Long} (the model's canonical form). */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .addMixIn(Block.class, BlockTypes.class)
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final JsonMapper PRETTY = MAPPER.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** The report as indented JSON text, ending with a newline. */
  public String render(Report report) {
    return PRETTY.writeValueAsString(report) + "\n";
  }

  /** A report from the JSON {@link #render} wrote. */
  public static Report read(String json) {
    return MAPPER.readValue(json, Report.class);
  }

  /** Compact JSON of any JSON-ready value (a chart option). */
  static String compact(Object value) {
    return MAPPER.writeValueAsString(value);
  }

  /** Tags blocks with their kind, so a section's list of blocks reads back as the right records. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Callout.class, name = "callout"),
    @JsonSubTypes.Type(value = Table.class, name = "table"),
    @JsonSubTypes.Type(value = Chart.class, name = "chart")
  })
  private abstract static class BlockTypes {}
}
