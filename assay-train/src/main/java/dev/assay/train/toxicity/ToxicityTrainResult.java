package dev.assay.train.toxicity;

import dev.assay.models.toxicity.embedded.EmbeddedToxicityModel;
import java.util.List;
import java.util.Map;

/**
 * What {@link ToxicityTrainer#train} produced: the weights to ship, every candidate's scores, the
 * chosen settings and the held-out metrics of the shipped configuration.
 *
 * <pre>{@code
 * ToxicityTrainResult r = new ToxicityTrainer(options, log).train(set);
 * Files.writeString(out, r.model().toJson());
 * }</pre>
 *
 * @param model the refit-on-everything weights (with this summary in its {@code training} block)
 * @param lambda the L2 strength chosen by cross-validation
 * @param cvAucByLambda lambda -> mean over folds of the per-source-mean ROC-AUC
 * @param candidates every candidate's scores, in the order compared
 * @param best the candidate with the best leave-one-source-out mean
 * @param shipped the candidate written (the best {@code lr} candidate: the weights format holds
 *     linear heads)
 * @param heldOut label -> part ({@code all} or a source) -> metrics of {@code shipped} fitted on
 *     the training split
 * @param report the whole summary as JSON-ready maps (what {@code metrics.json} holds)
 */
public record ToxicityTrainResult(
    EmbeddedToxicityModel model, double lambda, Map<Double, Double> cvAucByLambda, List<CandidateScore> candidates,
    CandidateScore best, CandidateScore shipped, Map<String, Map<String, LabelMetrics>> heldOut, Map<String, Object> report) {
  /** Copies the collections. */
  public ToxicityTrainResult {
    cvAucByLambda = Map.copyOf(cvAucByLambda);
    candidates = List.copyOf(candidates);
    heldOut = Map.copyOf(heldOut);
    report = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(report));
  }
}
