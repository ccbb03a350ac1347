package dev.assay.train.toxicity;

/**
 * One (learner, source weighting) pair that model selection compares.
 *
 * <pre>{@code
 * var c = new Candidate(new LogisticLearner(1e-4), SourceWeighting.BALANCED);
 * c.name();   // "lr/balanced"
 * }</pre>
 *
 * @param learner how a head is fitted
 * @param weighting how examples of each source count
 */
public record Candidate(HeadLearner learner, SourceWeighting weighting) {
  /** {@code <learner>/<weighting>}. */
  public String name() {
    return learner.name() + "/" + weighting.name();
  }
}
