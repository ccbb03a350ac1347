package dev.assay.report.source;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The registered report sources, one per command family, and the choice of source for a run
 * directory: the first that accepts it, else {@link GenericSource}.
 *
 * <pre>{@code
 * ReportSource s = ReportSources.forRun(dir, manifest);
 * }</pre>
 */
public final class ReportSources {
  private static final List<ReportSource> ALL = List.of(
      new ValidateSource(),
      new QaSource(),
      new JudgeSource(),
      new LeaderboardSource(),
      new RewardEvalSource(),
      new BiasSource(),
      new MtBenchSource(),
      new AlpacaEvalSource(),
      new DriftSource(),
      new RewardTrainSource());

  private ReportSources() {}

  /** Every specific source, in the order they are asked. */
  public static List<ReportSource> all() {
    return ALL;
  }

  /** The source that reads {@code runDir}. */
  public static ReportSource forRun(Path runDir, JsonNode manifest) {
    for (ReportSource s : ALL) {
      if (s.accepts(runDir, manifest)) {
        return s;
      }
    }
    return new GenericSource();
  }
}
