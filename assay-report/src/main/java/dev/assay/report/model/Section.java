package dev.assay.report.model;

import java.util.List;

/**
 * A titled part of a report, usually all that one run directory says.
 *
 * <pre>{@code
 * new Section("leaderboard", "Leaderboard", "Win rates against the baseline.", List.of(chart, table));
 * }</pre>
 *
 * @param id a stable anchor id (letters, digits, '-'), unique within the report
 * @param title the heading
 * @param intro one or two plain sentences on what the section shows (may be empty)
 * @param blocks the content, in order
 */
public record Section(String id, String title, String intro, List<Block> blocks) {

  public Section {
    blocks = List.copyOf(blocks);
  }
}
