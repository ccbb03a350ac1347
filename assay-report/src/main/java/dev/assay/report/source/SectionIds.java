package dev.assay.report.source;

import dev.assay.report.model.Block;
import dev.assay.report.model.Chart;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps section ids, chart ids and table names unique in a report that holds several runs, even
 * two runs of one command: the second "judge" section becomes "judge-2", and its charts and tables
 * take the same suffix.
 *
 * <pre>{@code
 * SectionIds ids = new SectionIds();
 * Section a = ids.unique(judgeSection);    // "judge"
 * Section b = ids.unique(judgeSection);    // "judge-2", chart "judge-winners-2"
 * }</pre>
 */
public final class SectionIds {
  private final Set<String> sections = new HashSet<>();
  private final Set<String> charts = new HashSet<>();
  private final Set<String> tables = new HashSet<>();

  /** {@code s} with ids no earlier section, chart or table of this report uses. */
  public Section unique(Section s) {
    String id = free(s.id(), sections, "-");
    List<Block> blocks = new ArrayList<>();
    for (Block b : s.blocks()) {
      blocks.add(switch (b) {
        case Chart c -> {
          String chartId = free(c.id(), charts, "-");
          yield new Chart(chartId, c.kind(), c.title(), c.caption(), c.option(), renamed(c.data(), free(c.data().name(), tables, "_")));
        }
        case Table t -> renamed(t, free(t.name(), tables, "_"));
        default -> b;
      });
    }
    return new Section(id, s.title(), s.intro(), blocks);
  }

  private static Table renamed(Table t, String name) {
    return name.equals(t.name()) ? t : new Table(name, t.caption(), t.columns(), t.rows());
  }

  private static String free(String wanted, Set<String> used, String separator) {
    String id = wanted;
    for (int n = 2; used.contains(id); n++) {
      id = wanted + separator + n;
    }
    used.add(id);
    return id;
  }
}
