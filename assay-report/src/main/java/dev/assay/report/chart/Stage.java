package dev.assay.report.chart;

/**
 * One stage of a QA funnel: how many records are left after it.
 *
 * <pre>{@code
 * List.of(new Stage("records in", 500), new Stage("after dedup", 491), new Stage("kept", 488))
 * }</pre>
 *
 * @param name the stage
 * @param count records remaining after the stage
 */
public record Stage(String name, long count) {

  public Stage {
    if (count < 0) {
      throw new IllegalArgumentException(name + ": count " + count + " < 0");
    }
  }
}
