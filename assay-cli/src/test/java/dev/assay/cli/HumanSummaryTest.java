package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A result object as lines for people: fields in order, nested objects indented, lists cut. */
class HumanSummaryTest {

  @Test
  void numbersHaveFourSignificantDigitsWithoutLocale() {
    assertThat(HumanSummary.number(52.34567)).isEqualTo("52.35");
    assertThat(HumanSummary.number(0.30798)).isEqualTo("0.308");
    assertThat(HumanSummary.number(1130.79)).isEqualTo("1131");
    assertThat(HumanSummary.number(-3486.2)).isEqualTo("-3486");
    assertThat(HumanSummary.number(5.45e-6)).isEqualTo("5.450e-06");
    assertThat(HumanSummary.number(0)).isEqualTo("0");
    assertThat(HumanSummary.number(Double.NaN)).isEqualTo("NaN");
  }

  @Test
  void nestedObjectsAreIndentedAndListsOfObjectsAreRows() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("n", 805);
    r.put("estimate", null);
    r.put("confusion", Map.of("tp", 3));
    r.put("empty", Map.of());
    r.put("labels", List.of("a", "b"));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("model", "m" + i);
      row.put("rating", 1000.0 + i / 3.0);
      rows.add(row);
    }
    r.put("ratings", rows);
    assertThat(HumanSummary.lines(r)).containsExactly(
        "n: 805",
        "estimate: null",
        "confusion:",
        "  tp: 3",
        "empty: {}",
        "labels: [a, b]",
        "ratings: 12 items",
        "  - model=m0, rating=1000",
        "  - model=m1, rating=1000",
        "  - model=m2, rating=1001",
        "  - model=m3, rating=1001",
        "  - model=m4, rating=1001",
        "  - model=m5, rating=1002",
        "  - model=m6, rating=1002",
        "  - model=m7, rating=1002",
        "  - model=m8, rating=1003",
        "  - model=m9, rating=1003",
        "  ... 2 more (--json prints all)");
  }
}
