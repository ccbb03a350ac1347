package dev.assay.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.core.io.Json;
import dev.assay.report.model.Chart;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Report;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Every table of a report, charts' data included, becomes a typed Parquet file listed in schema.json. */
class TableExporterTest {
  private static final Table WIN_RATES = new Table("win_rates", "Win rate against model-b",
      List.of(Table.Column.text("model", "Model"), Table.Column.number("win_rate", "Win rate", "%", 1),
          Table.Column.number("lower", "Lower bound", "%", 1)),
      List.of(Arrays.asList("model-a", 63.04, 57.76), Arrays.asList("model-b", 50, null)));

  @Test
  void writesEveryTableWithDeclaredTypesAndUniqueNames(@TempDir Path dir) throws Exception {
    Table chartData = new Table("win_rates", "The chart's data", WIN_RATES.columns(), WIN_RATES.rows());
    Table flags = new Table("Flags (by check)", "Checks and whether they rejected",
        List.of(Table.Column.text("check", "Check"), new Table.Column("rejects", "Rejects", "boolean", "", 0),
            Table.Column.number("never_set", "Never set")),
        List.of(Arrays.asList("pii", false, null), Arrays.asList("empty", true, null)));
    Table empty = new Table("unjudged", "Rows without a verdict",
        List.of(Table.Column.text("id", "Id"), Table.Column.number("line", "Line")), List.of());
    Chart chart = new Chart("wr", Chart.Kind.WIN_RATES, "Win rates", "model-a wins.", Map.of(), chartData);
    Report report = new Report("t", ExecutiveSummary.empty(),
        List.of(new Section("lb", "Leaderboard", "", List.of(new Paragraph("text"), WIN_RATES, chart)),
            new Section("qa", "QA", "", List.of(flags, empty))),
        List.of(), "2026-11-25T09:00:00Z");

    TableExporter.Result r = TableExporter.export(report, dir);

    assertThat(r.tables()).extracting(ExportedTable::name)
        .containsExactly("win_rates", "win_rates_2", "flags_by_check", "unjudged");
    assertThat(dir.resolve("tables/win_rates_2.parquet")).exists();
    assertThat(types(dir.resolve("tables/win_rates.parquet")))
        .containsExactly(Map.entry("model", "VARCHAR"), Map.entry("win_rate", "DOUBLE"), Map.entry("lower", "DOUBLE"));
    assertThat(rows(dir.resolve("tables/win_rates.parquet"))).containsExactly(
        Arrays.asList("model-a", 63.04, 57.76), Arrays.asList("model-b", 50.0, null));
    // A column null in every row and a table without rows keep their declared types.
    assertThat(types(dir.resolve("tables/flags_by_check.parquet")))
        .containsExactly(Map.entry("check", "VARCHAR"), Map.entry("rejects", "BOOLEAN"), Map.entry("never_set", "DOUBLE"));
    assertThat(rows(dir.resolve("tables/flags_by_check.parquet"))).containsExactly(
        Arrays.asList("pii", false, null), Arrays.asList("empty", true, null));
    assertThat(types(dir.resolve("tables/unjudged.parquet")))
        .containsExactly(Map.entry("id", "VARCHAR"), Map.entry("line", "DOUBLE"));
    assertThat(rows(dir.resolve("tables/unjudged.parquet"))).isEmpty();

    JsonNode schema = Json.MAPPER.readTree(dir.resolve("tables/schema.json").toFile());
    assertThat(schema.get("format").asString()).isEqualTo("assay-tables/1");
    JsonNode first = schema.get("tables").get(0);
    assertThat(first.get("name").asString()).isEqualTo("win_rates");
    assertThat(first.get("caption").asString()).isEqualTo("Win rate against model-b");
    assertThat(first.get("file").asString()).isEqualTo("win_rates.parquet");
    assertThat(first.get("rows").asInt()).isEqualTo(2);
    JsonNode winRate = first.get("columns").get(1);
    assertThat(winRate.get("name").asString()).isEqualTo("win_rate");
    assertThat(winRate.get("type").asString()).isEqualTo("number");
    assertThat(winRate.get("parquet_type").asString()).isEqualTo("DOUBLE");
    assertThat(winRate.get("unit").asString()).isEqualTo("%");
    assertThat(schema.get("tables").get(1).get("caption").asString()).isEqualTo("The chart's data");
  }

  @Test
  void extraTablesFollowTheReportsAndAnExportReplacesEarlierFiles(@TempDir Path dir) throws Exception {
    Report report = new Report("t", ExecutiveSummary.empty(),
        List.of(new Section("lb", "Leaderboard", "", List.of(WIN_RATES))), List.of(), "2026-11-25T09:00:00Z");
    Table perPrompt = new Table("win_rates", "Per prompt", List.of(Table.Column.text("id", "Id")),
        List.of(List.of("p001"), List.of("p002"), List.of("p003")));
    TableExporter.export(report, List.of(perPrompt), dir);
    TableExporter.Result again = TableExporter.export(report, List.of(perPrompt), dir);
    assertThat(again.tables()).extracting(ExportedTable::name, ExportedTable::rows)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("win_rates", 2), org.assertj.core.groups.Tuple.tuple("win_rates_2", 3));
    assertThat(rows(dir.resolve("tables/win_rates_2.parquet"))).hasSize(3);
    assertThat(dir.resolve("tables").toFile().list()).containsExactlyInAnyOrder("win_rates.parquet", "win_rates_2.parquet",
        "win_rates.csv", "win_rates_2.csv", "schema.json");
  }

  @Test
  void namesAreSafeFileNames() {
    assertThat(UniqueTableNames.fileSafe("Win rates (vs. GPT-4)")).isEqualTo("win_rates_vs_gpt_4");
    assertThat(UniqueTableNames.fileSafe("../../etc")).isEqualTo("etc");
    assertThat(UniqueTableNames.fileSafe("  ")).isEqualTo("table");
  }

  private static Map<String, String> types(Path parquet) throws Exception {
    Map<String, String> out = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM '" + parquet + "'")) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }

  private static List<List<Object>> rows(Path parquet) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT * FROM '" + parquet + "'")) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(r.getObject(i));
        }
        out.add(row);
      }
    }
    return out;
  }
}
