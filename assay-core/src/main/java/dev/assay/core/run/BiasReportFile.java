package dev.assay.core.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A {@code bias} run's {@code report.json}: Jigsaw's unintended-bias metrics of a toxicity scorer
 * per identity group (subgroup, BPSN and BNSP AUC, their power means, the final score) and the
 * counterfactual score changes when templates swap identity terms.
 *
 * <pre>{@code
 * BiasReportFile b = RunFileKind.BIAS_REPORT.contract(BiasReportFile.class).read(dir.resolve("report.json"));
 * b.finalScore();
 * }</pre>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BiasReportFile(
    @Doc("the toxicity scorer evaluated") String scorer,
    @Doc("the scorer label used as the score") String scoreLabel,
    @Doc("records with a text and a label") long recordsUsed,
    @Doc(value = "ROC AUC over all records", required = false) Double overallAuc,
    @Doc(value = "Jigsaw's final score: mean of the overall AUC and the three power means", required = false) Double finalScore,
    @Doc("generalised means (p = -5) of subgroup, BPSN and BNSP AUC") Map<String, Double> powerMeans,
    @Doc("the score at which a text counts as toxic") double threshold,
    @Doc("per identity group, worst first") List<JsonNode> groupsWorstFirst,
    @Doc("counterfactual template deltas, worst first") List<JsonNode> counterfactualWorstFirst,
    @Doc("what could not be computed and why") List<String> notes) {

  /** Copies. */
  public BiasReportFile {
    groupsWorstFirst = List.copyOf(groupsWorstFirst);
    counterfactualWorstFirst = List.copyOf(counterfactualWorstFirst);
    notes = List.copyOf(notes);
  }
}
