package dev.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assay.report.Reports;
import dev.assay.report.model.Report;
import dev.assay.testkit.llm.FakeLlmServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report over a judge run and the leaderboard made from it compares each pair of models once at
 * the top (the leaderboard's sentence, both presentation orders pooled), while a report of the
 * judge run alone keeps the judge's own tallies as headlines.
 */
class CombinedReportTest {
  @TempDir Path dir;

  @Test
  void theLeaderboardOwnsTheHeadlinesWhenBothRunsAreInOneReport() throws Exception {
    try (FakeLlmServer server = FakeLlmServer.start().reply(ReportRuns.JUDGE)) {
      Path judge = ReportRuns.judge(dir, server, "--no-report");
      Path board = ReportRuns.leaderboard(dir, "--no-report");

      Report alone = Reports.build(List.of(judge));
      assertThat(alone.summary().headlines()).anyMatch(h -> h.startsWith("Of ") && h.contains("judged pairs"));

      Report both = Reports.build(List.of(judge, board));
      assertThat(both.summary().headlines()).noneMatch(h -> h.contains("judged pairs"));
      assertThat(both.summary().headlines()).anyMatch(h -> h.contains("strong"));
      assertThat(both.summary().tested()).anyMatch(h -> h.startsWith("We judged"));
      assertThat(both.summary().caveats()).containsAll(alone.summary().caveats());
      assertThat(both.sections()).extracting(s -> s.id()).contains("judge");
    }
  }
}
