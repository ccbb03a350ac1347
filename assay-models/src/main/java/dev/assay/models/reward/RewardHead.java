package dev.assay.models.reward;

import java.util.List;

/**
 * One head of a {@link RewardModel}: an ensemble of {@link RewardMlp}s trained on the same pairs
 * from different seeds, whose rewards are averaged (averaging lowers the variance a single small
 * network has from its random start and mini-batch order). A model trained with
 * {@code --heads-by-source} has one head per data source (e.g. {@code alpacaeval} for
 * helpfulness, {@code hh-rlhf} for harmlessness), mixed per prompt by a {@link PromptGate}.
 *
 * <pre>{@code
 * RewardHead h = new RewardHead("alpacaeval", List.of(mlpSeed1, mlpSeed2, mlpSeed3));
 * double r = h.reward(standardisedFeatures);
 * }</pre>
 *
 * @param name the head's name (the data source it was trained on, or {@code all})
 * @param members the ensemble, all with the same input width
 */
public record RewardHead(String name, List<RewardMlp> members) {
  /** Checks that there is at least one member and that the widths agree. */
  public RewardHead {
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw new IllegalArgumentException("head " + name + ": expected at least one network");
    }
    for (RewardMlp m : members) {
      if (m.inputs() != members.get(0).inputs()) {
        throw new IllegalArgumentException("head " + name + ": networks of different input widths");
      }
    }
  }

  /** The input width. */
  public int inputs() {
    return members.get(0).inputs();
  }

  /** The mean reward of the members for one standardised feature vector. */
  public double reward(float[] x) {
    double s = 0;
    for (RewardMlp m : members) {
      s += m.reward(x);
    }
    return s / members.size();
  }
}
