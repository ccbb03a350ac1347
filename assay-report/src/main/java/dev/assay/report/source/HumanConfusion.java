package dev.assay.report.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The judge-versus-human confusion table of a leaderboard's judgments, read from the judgment
 * files its manifest lists when they can still be found (paths as recorded, or beside the run
 * directory): rows are the judge's verdict (a, b, tie), columns the human label; also which judge
 * made them.
 *
 * <pre>{@code
 * HumanConfusion c = HumanConfusion.read(runDir, manifest);   // null when no file has human labels
 * double[][] m = c.counts();
 * }</pre>
 *
 * @param counts 3x3 counts, judge verdict by human label, in the order a, b, tie (null without human labels)
 * @param judges the judge names seen in the judgments' "judge" field
 * @param rewardModel the reward model named by the manifest of a judge run the judgments came from, else null
 */
public record HumanConfusion(double[][] counts, List<String> judges, String rewardModel) {

  /** The labels of both axes. */
  public static final List<String> LABELS = List.of("a", "b", "tie");

  /** Reads the judgments listed as inputs; null when none can be read or none has a human label. */
  public static HumanConfusion read(Path runDir, JsonNode manifest) {
    double[][] counts = new double[3][3];
    java.util.Set<String> judges = new java.util.TreeSet<>();
    long[] labelled = {0};
    String rewardModel = null;
    for (JsonNode input : manifest.path("inputs")) {
      Path file = locate(runDir, input.path("path").asString(""));
      if (file == null) {
        continue;
      }
      Path judgeRun = file.toAbsolutePath().getParent().resolve("manifest.json");
      if (rewardModel == null && Files.isRegularFile(judgeRun)) {
        JsonNode m = RunFiles.json(judgeRun.getParent(), "manifest.json");
        for (JsonNode j : RunFiles.components(m, "judge")) {
          rewardModel = RunFiles.text(j.path("config"), "reward_model", null);
        }
      }
      RunFiles.eachLine(file, row -> {
        if (row.hasNonNull("judge")) {
          judges.add(row.get("judge").asString());
        }
        int j = LABELS.indexOf(RunFiles.text(row, "winner", ""));
        int h = LABELS.indexOf(humanLabel(row));
        if (j >= 0 && h >= 0) {
          counts[j][h]++;
          labelled[0]++;
        }
      });
    }
    return labelled[0] == 0 && judges.isEmpty() ? null : new HumanConfusion(labelled[0] == 0 ? null : counts, List.copyOf(judges), rewardModel);
  }

  private static String humanLabel(JsonNode row) {
    for (String f : List.of("human", "human_label", "human_winner")) {
      if (row.hasNonNull(f)) {
        return row.get(f).asString();
      }
    }
    return "";
  }

  private static Path locate(Path runDir, String recorded) {
    if (recorded.isEmpty()) {
      return null;
    }
    Path p = Path.of(recorded);
    if (Files.isRegularFile(p)) {
      return p;
    }
    Path beside = runDir.resolve(p.getFileName());
    return Files.isRegularFile(beside) ? beside : null;
  }
}
