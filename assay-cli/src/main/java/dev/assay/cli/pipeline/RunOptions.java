package dev.assay.cli.pipeline;

import java.util.Set;

/**
 * How to run a pipeline: steps to run even when cached, a slice of the graph, a dry run, and how
 * many steps may run at once.
 *
 * <pre>{@code
 * new RunOptions(Set.of("judge"), false, null, "leaderboard", false, 2);
 * }</pre>
 *
 * @param force steps that run even when their lock entry holds
 * @param forceAll every selected step runs
 * @param from only this step and the steps downstream of it (null: from the start)
 * @param until only this step and the steps upstream of it (null: to the end)
 * @param dryRun print the plan, run nothing, write nothing
 * @param jobs steps at once (at least 1)
 */
public record RunOptions(Set<String> force, boolean forceAll, String from, String until, boolean dryRun, int jobs) {
  public RunOptions {
    force = Set.copyOf(force);
    if (jobs < 1) {
      throw new IllegalArgumentException("--jobs must be at least 1, found " + jobs);
    }
  }

  /** Every step, cached where it can be, two at a time. */
  public static RunOptions defaults() {
    return new RunOptions(Set.of(), false, null, null, false, 2);
  }
}
