package dev.assay.server.project;

/**
 * A project: items to annotate, how many annotators see each item, and the guidelines they read.
 *
 * <pre>{@code
 * Project p = projects.get(1).orElseThrow();
 * p.overlap();   // 3
 * }</pre>
 *
 * @param id the project's id
 * @param name its unique name
 * @param kind what annotators do
 * @param overlap annotators per item
 * @param guidelines Markdown shown beside every task
 * @param seed seeds the A/B order of each assignment
 * @param createdAt when it was created, ISO-8601 UTC
 * @param qualification gold items an annotator labels first (0: none)
 * @param minAccuracy the share of them an annotator must get right to go on
 * @param scaleMax the top of a Likert project's 1..N scale
 */
public record Project(long id, String name, ProjectKind kind, int overlap, String guidelines, long seed, String createdAt,
    int qualification, double minAccuracy, int scaleMax) {
  /** Whether annotators compare two answers. */
  public boolean pairwise() {
    return kind == ProjectKind.PAIRWISE;
  }
}
