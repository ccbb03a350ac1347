package dev.assay.core.run;

import dev.assay.core.manifest.RunManifest;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Every kind of file a run folder holds, with its file name, shape, record type and contract
 * version: the one list producers write through and consumers (report, leaderboard, pipelines,
 * server, notebooks) read through. {@code assay schema KIND} prints each one's JSON Schema.
 *
 * <pre>{@code
 * RunContract<JudgmentRow> c = RunFileKind.JUDGMENTS.contract(JudgmentRow.class);
 * List<JudgmentRow> rows = c.readRows(runDir.resolve(RunFileKind.JUDGMENTS.fileName()));
 * String schema = JsonSchemas.toJson(RunFileKind.JUDGMENTS);
 * }</pre>
 */
public enum RunFileKind {
  /** {@code manifest.json}: how a run was made (every command writes one). */
  MANIFEST("manifest.json", Shape.DOCUMENT, RunManifest.class, RunManifest.FORMAT_VERSION,
      "How a run was made: tool, environment, arguments, components, inputs and outputs with SHA-256, counts, timings, status."),
  /** {@code outputs.jsonl} of {@code generate}. */
  GENERATIONS("outputs.jsonl", Shape.ROWS, GenerationRow.class, 1,
      "A model's answers to an eval set, one row per item (MT-Bench: one answer per turn)."),
  /** {@code pairs.jsonl} of {@code pair}, the input of pairwise judging. */
  PAIRS("pairs.jsonl", Shape.ROWS, PairRow.class, 1,
      "An instruction and two answers to compare (output_a = the model, output_b = the reference)."),
  /** {@code judgments.jsonl} of {@code judge}. */
  JUDGMENTS("judgments.jsonl", Shape.ROWS, JudgmentRow.class, 1,
      "One judgment per item: a pairwise verdict with both presentation orders, or a grade."),
  /** {@code report.json} of {@code qa}. */
  QA_REPORT("report.json", Shape.DOCUMENT, QaReportFile.class, 1,
      "Per QA check: records flagged, actions taken, and each rule's value distribution."),
  /** {@code leaderboard.json} of {@code leaderboard}. */
  LEADERBOARD("leaderboard.json", Shape.DOCUMENT, LeaderboardFile.class, 1,
      "Bradley-Terry ratings with intervals, win rates against the baseline, judge consistency, human agreement."),
  /** {@code reward-eval.json} of {@code reward eval --report}. */
  REWARD_METRICS("reward-eval.json", Shape.DOCUMENT, RewardMetricsFile.class, 1,
      "A reward model's accuracy on preference pairs, with its interval, calibration and baselines."),
  /** {@code report.json} of {@code drift}. */
  DRIFT_REPORT("report.json", Shape.DOCUMENT, DriftReportFile.class, 1,
      "How a current data set differs from a reference one, feature by feature."),
  /** {@code report.json} of {@code bias}. */
  BIAS_REPORT("report.json", Shape.DOCUMENT, BiasReportFile.class, 1,
      "A toxicity scorer's unintended-bias metrics per identity group and its counterfactual deltas."),
  /** {@code gate.json} of {@code gate}. */
  GATE_RESULTS("gate.json", Shape.DOCUMENT, GateResults.class, 2,
      "Quality-gate assertions over run folders, each pass, fail or error, with baseline comparisons and their tests."),
  /** {@code quarantine.jsonl} of every command that reads records. */
  QUARANTINE("quarantine.jsonl", Shape.ROWS, QuarantineRow.class, 1,
      "Records that could not be used: where they were, why, and their original text or bytes."),
  /** {@code errors.jsonl} of resumable runs. */
  ERRORS("errors.jsonl", Shape.ROWS, ErrorRow.class, 1,
      "Rows whose model call failed; they run again the next time the same command runs.");

  /** Whether the file is one JSON document or a stream of rows. */
  public enum Shape {
    /** One JSON value (indented). */
    DOCUMENT,
    /** One record per row (JSON Lines by default; Parquet, CSV or gzip by --output-format). */
    ROWS
  }

  private final String fileName;
  private final Shape shape;
  private final Class<?> type;
  private final int version;
  private final String description;

  RunFileKind(String fileName, Shape shape, Class<?> type, int version, String description) {
    this.fileName = fileName;
    this.shape = shape;
    this.type = type;
    this.version = version;
    this.description = description;
  }

  /** The file's default name inside a run folder. */
  public String fileName() {
    return fileName;
  }

  /** Document or rows. */
  public Shape shape() {
    return shape;
  }

  /** The record type of the document, or of each row. */
  public Class<?> type() {
    return type;
  }

  /** The contract version; it changes whenever the shape does (golden-file tests pin it). */
  public int version() {
    return version;
  }

  /** One sentence for people. */
  public String description() {
    return description;
  }

  /** The name users type: {@code qa-report} for {@link #QA_REPORT}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The typed reader and writer of this kind. */
  public <T> RunContract<T> contract(Class<T> expected) {
    if (!expected.equals(type)) {
      throw new IllegalArgumentException(id() + " files hold " + type.getSimpleName() + ", not " + expected.getSimpleName());
    }
    return new RunContract<>(this, expected);
  }

  /**
   * The kind of {@code fileName} inside a run folder whose manifest says {@code command} (the same
   * name means different contracts in different commands: {@code report.json} of qa, drift, bias);
   * empty for files that are not contracts (a report page, a copied input).
   */
  public static java.util.Optional<RunFileKind> forFile(String command, String fileName) {
    String base = baseName(fileName);
    RunFileKind k = switch (base) {
      case "manifest" -> MANIFEST;
      case "quarantine" -> QUARANTINE;
      case "errors" -> ERRORS;
      case "judgments" -> JUDGMENTS;
      case "pairs" -> PAIRS;
      case "gate" -> GATE_RESULTS;
      case "reward-eval" -> REWARD_METRICS;
      case "outputs" -> "generate".equals(command) ? GENERATIONS : null;
      case "leaderboard" -> "leaderboard".equals(command) ? LEADERBOARD : null;
      case "report" -> switch (command == null ? "" : command) {
        case "qa" -> QA_REPORT;
        case "drift" -> DRIFT_REPORT;
        case "bias" -> BIAS_REPORT;
        default -> null;
      };
      default -> null;
    };
    if (k != null && k.shape == Shape.DOCUMENT && !fileName.endsWith(".json")) {
      return java.util.Optional.empty();   // leaderboard.csv is a table for people, not the contract
    }
    return java.util.Optional.ofNullable(k);
  }

  /** {@code kept.parquet} -> {@code kept}; {@code judgments.jsonl.gz} -> {@code judgments}. */
  static String baseName(String fileName) {
    String n = fileName;
    for (String ext : new String[] {".gz", ".jsonl", ".json", ".parquet", ".csv", ".tsv"}) {
      if (n.endsWith(ext)) {
        n = n.substring(0, n.length() - ext.length());
      }
    }
    return n.endsWith(".jsonl") ? n.substring(0, n.length() - 6) : n;
  }

  /** The kind a user named ({@code judgments}, {@code qa-report}, {@code QA_REPORT}); the error lists them all. */
  public static RunFileKind byId(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (RunFileKind k : values()) {
      if (k.id().equals(n)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown run file kind '" + name + "'; known: " + Arrays.stream(values()).map(RunFileKind::id).collect(Collectors.joining(", ")));
  }
}
