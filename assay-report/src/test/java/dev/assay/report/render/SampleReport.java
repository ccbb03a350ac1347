package dev.assay.report.render;

import dev.assay.report.chart.Bar;
import dev.assay.report.chart.Bin;
import dev.assay.report.chart.Charts;
import dev.assay.report.chart.Estimate;
import dev.assay.report.chart.Point;
import dev.assay.report.chart.Stage;
import dev.assay.report.model.Callout;
import dev.assay.report.model.ExecutiveSummary;
import dev.assay.report.model.Paragraph;
import dev.assay.report.model.Report;
import dev.assay.report.model.RunProvenance;
import dev.assay.report.model.Section;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Test fixture: a report with every chart kind, tables, all callout levels, provenance, and text
 * that tries to break out of HTML, script and Markdown ({@code </script>}, {@code <b>}, {@code |}).
 *
 * <pre>{@code
 * Report r = SampleReport.full();
 * }</pre>
 */
public final class SampleReport {
  /** Text that must come out escaped everywhere. */
  public static final String HOSTILE = "a </script><b>bold</b> & <!-- | pipe";

  private SampleReport() {}

  public static Report full() {
    Random rnd = new Random(7);
    List<Estimate> win = List.of(
        new Estimate("model-a", 62.1, 58.0, 66.2), new Estimate("model-b", 48.3, 44.1, 52.5),
        new Estimate("a-model-with-a-really-long-name-v2-instruct", 35.0, 30.2, 40.1),
        new Estimate(HOSTILE, 51.0, 46.0, 56.0));
    List<Estimate> ratings = List.of(
        new Estimate("model-a", 1105, 1072, 1139), new Estimate("model-b", 1000, 975, 1024),
        new Estimate("model-c", 932, 901, 960));
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (String m : List.of("model-a", "model-b", "model-c")) {
      double[] s = new double[60];
      for (int i = 0; i < s.length; i++) {
        s[i] = Math.max(1, Math.min(10, 6 + rnd.nextGaussian() * 1.8 + (m.equals("model-a") ? 1.5 : 0)));
      }
      scores.put(m, s);
    }
    Map<String, double[]> radar = new LinkedHashMap<>();
    radar.put("model-a", new double[] {8.9, 7.1, 6.0, 5.2, 8.3, 9.1, 8.0, 7.4});
    radar.put("model-b", new double[] {7.5, 6.0, 4.1, 3.9, 7.0, 8.2, 6.5, 6.9});
    List<String> categories = List.of("writing", "roleplay", "reasoning", "math", "coding", "extraction", "stem", "humanities");
    List<Bin> bins = new ArrayList<>();
    for (int b = 0; b < 10; b++) {
      double p = 0.05 + 0.1 * b;
      bins.add(new Bin(p, Math.min(1, Math.max(0, p * 0.85 + 0.05)), 40 + 25L * (b % 4)));
    }
    Map<String, double[]> loss = new LinkedHashMap<>();
    loss.put("train", new double[] {0.69, 0.52, 0.44, 0.39, 0.35, 0.32});
    loss.put("validation", new double[] {0.70, 0.58, 0.53, 0.52, 0.53, 0.55});
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      points.add(new Point("model-" + (char) ('a' + i), 800 + 150 * i + rnd.nextInt(100), 30 + 3 * i + rnd.nextGaussian() * 4));
    }
    Section leaderboard = new Section("leaderboard", "Leaderboard", "Win rates against the baseline, judged in both orders.", List.of(
        Charts.winRates("win-rates", "Win rate against model-b", "model-a wins 62% of prompts (95% CI 58-66%).", win),
        Charts.forest("bt", "Bradley-Terry ratings", "model-a is rated above both others; their intervals do not overlap.", "Rating", ratings),
        Charts.scatter("length", "Answer length vs win rate", "Longer answers win more often.", "Mean answer length (characters)", "Win rate (%)", points),
        Charts.heatmap("agreement", "Judge vs human verdicts", "Judge and humans agree on 81% of pairs.", "Judge", "Human",
            List.of("A wins", "tie", "B wins"), List.of("A wins", "tie", "B wins"), new double[][] {{41, 5, 3}, {6, 12, 4}, {2, 6, 38}}, 0),
        new Callout(Callout.Level.WARNING, "3 judgments could not be parsed and were left out: " + HOSTILE),
        new Paragraph("Each pair was judged twice, once in each order.")));
    Section mtbench = new Section("mtbench", "MT-Bench", "", List.of(
        Charts.radar("mt-radar", "MT-Bench score per category", "model-a leads in every category but math.", categories, radar, 10),
        Charts.distributions("mt-scores", "Score distribution", "model-a's median score is 1.5 points higher.", scores)));
    Section qa = new Section("qa", "Data quality", "What the QA pipeline removed.", List.of(
        Charts.funnel("qa-funnel", "QA funnel", "97.6% of records were kept.", List.of(
            new Stage("records in", 1500), new Stage("valid", 1496), new Stage("not duplicate", 1480),
            new Stage("no PII", 1471), new Stage("kept", 1464))),
        Charts.bars("reject-reasons", "Reject reasons", "Most rejected records were duplicates.", "Records",
            List.of(new Bar("near duplicate", 12), new Bar("PII (email)", 9), new Bar("invalid JSON", 4), new Bar("empty answer", 1))),
        new Table("checks", "Checks run", List.of(Column.text("check", "Check"), Column.number("rejected", "Rejected", "", 0),
            Column.number("share", "Share", "%", 2), Column.text("note", "Note")),
            List.of(List.of("near_dup", 12, 0.8, "MinHash | Jaccard 0.8"), java.util.Arrays.asList("pii", 9, 0.6, null))),
        new Callout(Callout.Level.INFO, "Toxicity used the embedded scorer."),
        new Callout(Callout.Level.PROBLEM, "One input file was empty.")));
    Section reward = new Section("reward", "Reward model", "Calibration and learning curves.", List.of(
        Charts.reliability("calibration", "Reliability diagram", "The model is slightly overconfident above 0.6.", bins),
        Charts.lines("loss", "Loss per epoch", "Validation loss stops falling after epoch 4.", "Epoch", "Loss", loss)));
    ExecutiveSummary summary = new ExecutiveSummary(
        List.of("We compared 4 models on 120 prompts with the reward-model judge."),
        List.of("model-a beats model-b on 62% of prompts (95% CI 58-66%)."),
        List.of("The gap between model-b and " + HOSTILE + " is not significant."),
        List.of());
    RunProvenance run = new RunProvenance("out/judge", "judge", "0.1.0 (abc1234)", "2026-11-25T09:00:00Z",
        List.of(new RunProvenance.Input("pairs.jsonl", "9f2c4e8a1b3d5f7092c4e6a8b0d2f4a6c8e0b2d4f6a8c0e2b4d6f8a0c2e4b6d8", 120),
            new RunProvenance.Input("extra.jsonl", "", -1)),
        Map.of("judge", "reward-model (threshold 0.5)"), Map.of("bootstrap", 42L));
    return new Report("Assay report: " + HOSTILE, summary, List.of(leaderboard, mtbench, qa, reward), List.of(run),
        "2026-11-25T09:30:00Z");
  }
}
