package dev.assay.report.export;

import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.Json;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.report.model.Table;
import dev.assay.report.model.Table.Column;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Per-item results of run folders as analysis tables (exported to Parquet next to the report's own
 * tables by {@code assay report --tables}): one row per pairwise judgment ({@code prompt_judgments}),
 * one per QA finding ({@code qa_findings}) and one per quarantined record of a validation ({@code
 * quarantine}). They are read back from the runs' ordinary output files, so they hold exactly what
 * those files say.
 *
 * <pre>{@code
 * List<Table> perItem = PerItemTables.forRuns(List.of(out.resolve("validate"), out.resolve("qa"), out.resolve("judge")));
 * TableExporter.export(report, perItem, out);
 * }</pre>
 */
public final class PerItemTables {
  private PerItemTables() {}

  /**
   * The per-item tables of {@code runs}, by the command each run's manifest names: a pairwise
   * {@code judge} run gives {@code prompt_judgments}, a {@code qa} run {@code qa_findings}, a
   * {@code validate} run {@code quarantine}; other runs give none. Tables of the same kind from
   * several runs are kept apart (the exporter numbers their names).
   */
  public static List<Table> forRuns(List<Path> runs) {
    List<Table> out = new ArrayList<>();
    for (Path run : runs) {
      Path manifest = run.resolve("manifest.json");
      if (!Files.isRegularFile(manifest)) {
        continue;
      }
      String command = ManifestWriter.read(manifest).command();
      if (command == null) {
        continue;
      }
      switch (command.split(" ")[0]) {
        case "judge" -> {
          Path judgments = run.resolve("judgments.jsonl");
          if (Files.isRegularFile(judgments) && pairwise(judgments)) {
            out.add(judgments(judgments));
          }
        }
        case "qa" -> out.add(qaFindings(run));
        case "validate" -> out.add(quarantine(run.resolve("quarantine.jsonl")));
        default -> { }
      }
    }
    return out;
  }

  /** Whether the first judgment is pairwise (single and rubric judgments have no a/b sides). */
  private static boolean pairwise(Path judgments) {
    try (DatasetReader r = Datasets.open(judgments)) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        if (rec.value() != null) {
          return rec.value().has("model_a") || rec.value().has("winner");
        }
      }
    }
    return true;
  }

  /**
   * {@code prompt_judgments} from a pairwise {@code judgments.jsonl}: prompt, topic, the models in
   * each position, the reward of each answer (offline reward-model judge; null for other judges),
   * the preference in AlpacaEval's [1, 2], the winner and the winner's reward margin.
   */
  public static Table judgments(Path judgmentsFile) {
    List<List<Object>> rows = new ArrayList<>();
    each(judgmentsFile, j -> {
      JsonNode rewards = rewards(j.path("verdict_ab"));
      Double ra = rewards == null ? null : rewards.path("reward_a").asDouble();
      Double rb = rewards == null ? null : rewards.path("reward_b").asDouble();
      String winner = text(j.get("winner"));
      String winnerModel = "a".equals(winner) ? text(j.get("model_a")) : "b".equals(winner) ? text(j.get("model_b")) : winner;
      Double margin = ra == null || rb == null ? null : Math.abs(ra - rb);
      rows.add(Arrays.asList(text(j.get("id")), text(j.get("topic")), text(j.get("model_a")), text(j.get("model_b")),
          ra, rb, j.path("preference").isNumber() ? j.get("preference").asDouble() : null, winner, winnerModel, margin));
    });
    return new Table("prompt_judgments", "One row per judged prompt: both answers' rewards and the verdict",
        List.of(Column.text("prompt_id", "Prompt"), Column.text("topic", "Topic"), Column.text("model_a", "Model in position a"),
            Column.text("model_b", "Model in position b"), Column.number("reward_a", "Reward of answer a"),
            Column.number("reward_b", "Reward of answer b"), Column.number("preference", "Preference (1 = a, 2 = b)"),
            Column.text("winner", "Winner position (a, b, tie)"), Column.text("winner_model", "Winning model"),
            Column.number("margin", "Winner's reward margin")),
        rows);
  }

  /**
   * {@code qa_findings} from a QA run's folder: one row per finding on a rejected record
   * ({@code rejected.jsonl} reasons) or a kept one ({@code kept.jsonl} tags, e.g. redacted PII).
   */
  public static Table qaFindings(Path qaDir) {
    List<List<Object>> rows = new ArrayList<>();
    findings(qaDir.resolve("rejected.jsonl"), "reasons", "rejected", rows);
    findings(qaDir.resolve("kept.jsonl"), "assay_tags", "kept", rows);
    return new Table("qa_findings", "One row per QA finding: the record, its check and rule, the measured value and the threshold",
        List.of(Column.text("record_id", "Record"), Column.text("prompt_id", "Prompt"), Column.text("model", "Model"),
            Column.text("outcome", "Record outcome (rejected, kept)"), Column.text("check", "Check"), Column.text("rule", "Rule"),
            Column.number("value", "Measured value"), Column.number("threshold", "Threshold"),
            Column.number("duplicate_of_line", "Line of the copy kept (duplicates)")),
        rows);
  }

  /** {@code quarantine} from a validation's {@code quarantine.jsonl}: line and error of each record that failed the schema. */
  public static Table quarantine(Path quarantineFile) {
    List<List<Object>> rows = new ArrayList<>();
    each(quarantineFile, q -> rows.add(Arrays.asList(q.path("line").asLong(), text(q.get("error")))));
    return new Table("quarantine", "Records that failed validation, with the line and the reason",
        List.of(Column.number("line", "Line", "", 0), Column.text("error", "Error")), rows);
  }

  private static void findings(Path file, String field, String outcome, List<List<Object>> rows) {
    each(file, r -> {
      for (JsonNode f : r.path(field)) {
        rows.add(Arrays.asList(text(r.get("id")), text(r.get("prompt_id")), text(r.get("model")), outcome,
            text(f.get("check")), text(f.get("rule")), number(f.get("value")), number(f.get("threshold")),
            number(f.get("duplicate_of"))));
      }
    });
  }

  private static void each(Path file, Consumer<JsonNode> action) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (DatasetReader r = Datasets.open(file)) {
      for (InputRecord rec; (rec = r.next()) != null; ) {
        if (rec.value() != null) {
          action.accept(rec.value());
        }
      }
    }
  }

  /** The reward-model judge writes {@code {"reward_a": .., "reward_b": ..}} as its verdict; other judges do not. */
  private static JsonNode rewards(JsonNode verdict) {
    if (!verdict.isString() || !verdict.asString().startsWith("{")) {
      return null;
    }
    try {
      JsonNode v = Json.MAPPER.readTree(verdict.asString());
      return v.has("reward_a") && v.has("reward_b") ? v : null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() ? null : v.asString();
  }

  private static Double number(JsonNode v) {
    return v == null || !v.isNumber() ? null : v.asDouble();
  }
}
