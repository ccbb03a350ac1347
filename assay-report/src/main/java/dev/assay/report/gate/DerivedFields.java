package dev.assay.report.gate;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields the gate computes from a run's contract documents, so users can gate on what they
 * care about directly (docs/gates.md lists them): shares of a QA run's records (rejected,
 * toxicity, duplicates), a leaderboard model's win-rate interval bounds, judge-human kappa, a
 * reward model's accuracy interval. Each is added beside the document's own fields; a derived
 * field that cannot be computed for this run is null, with the reason in {@code notes}.
 *
 * <pre>{@code
 * DerivedFields.qa(data, notes);
 * data.get("rejected_share").asDouble();   // counts.rejected / counts.records_in
 * }</pre>
 */
final class DerivedFields {
  private DerivedFields() {}

  /** Dedup checks: their rejections make the duplicate rate. */
  static boolean isDedup(String check) {
    return check.contains("dedup");
  }

  /** Toxicity checks. */
  static boolean isToxicity(String check) {
    return check.startsWith("toxicity");
  }

  /** A {@code qa} run's report.json. */
  static void qa(ObjectNode data, Map<String, String> notes) {
    JsonNode c = data.path("counts");
    long in = c.path("records_in").asLong(0);
    share(data, "rejected_share", c.path("rejected").asLong(0), in, notes);
    share(data, "kept_share", c.path("kept").asLong(0), in, notes);
    share(data, "quarantined_share", c.path("quarantined").asLong(0), in, notes);
    long dupRejected = 0;
    long toxRejected = 0;
    long toxFlagged = 0;
    JsonNode checks = data.path("checks");
    if (checks.isObject()) {
      for (var e : checks.properties()) {
        ObjectNode check = (ObjectNode) e.getValue();
        long rejected = check.path("by_action").path("reject").asLong(0);
        long flagged = check.path("flagged").asLong(0);
        check.put("rejected", rejected);
        share(check, "rejected_share", rejected, in, notes);
        share(check, "flagged_share", flagged, in, notes);
        if (isDedup(e.getKey())) {
          dupRejected += rejected;
        }
        if (isToxicity(e.getKey())) {
          toxRejected += rejected;
          toxFlagged += flagged;
        }
      }
    }
    share(data, "duplicate_rate", dupRejected, in, notes);
    share(data, "toxicity_rejected_share", toxRejected, in, notes);
    share(data, "toxicity_rate", toxFlagged, in, notes);
  }

  /** A {@code leaderboard} run's leaderboard.json. */
  static void leaderboard(ObjectNode data, Map<String, String> notes) {
    String baseline = data.path("baseline").asString(null);
    JsonNode models = data.path("models");
    JsonNode only = null;
    int others = 0;
    for (JsonNode m : models) {
      ObjectNode entry = (ObjectNode) m;
      JsonNode vs = m.path("vs_baseline");
      String name = m.path("model").asString("");
      String prefix = "models[" + name + "].";
      copy(entry, "win_rate", vs.path("win_rate"));
      copy(entry, "win_rate_lower", vs.path("win_rate_interval").path("lower"));
      copy(entry, "win_rate_upper", vs.path("win_rate_interval").path("upper"));
      copy(entry, "length_controlled_win_rate", vs.path("length_controlled_winrate"));
      if (vs.isMissingNode() || vs.isNull()) {
        String why = name + " is the baseline; it has no win rate against itself";
        for (String f : new String[] {"win_rate", "win_rate_lower", "win_rate_upper", "length_controlled_win_rate", "vs_baseline"}) {
          notes.put(prefix + f, why);
        }
      } else {
        others++;
        only = entry;
      }
    }
    if (others == 1) {
      data.put("model_under_test", only.path("model").asString());
      data.set("win_rate", only.get("win_rate"));
      data.set("win_rate_lower", only.get("win_rate_lower"));
      data.set("win_rate_upper", only.get("win_rate_upper"));
    } else {
      String why = others == 0 ? "no model has a win rate against a baseline"
          : others + " models are compared with the baseline " + baseline + "; use models[<model>].win_rate";
      for (String f : new String[] {"model_under_test", "win_rate", "win_rate_lower", "win_rate_upper"}) {
        data.putNull(f);
        notes.put(f, why);
      }
    }
    JsonNode human = data.path("human_agreement");
    copy(data, "kappa", human.path("cohen_kappa").path("value"));
    copy(data, "human_agreement_rate", human.path("agreement"));
    if (human.isMissingNode() || human.isNull()) {
      notes.put("kappa", "the judgments had no human labels");
      notes.put("human_agreement_rate", "the judgments had no human labels");
      notes.put("human_agreement", "the judgments had no human labels");
    }
    JsonNode cons = data.path("judge_consistency");
    copy(data, "flip_rate", cons.path("flip_rate").path("rate"));
    copy(data, "position_bias_rate", cons.path("position_bias_rate"));
    if (cons.isMissingNode() || cons.isNull()) {
      String why = "no row was judged in both presentation orders";
      notes.put("flip_rate", why);
      notes.put("position_bias_rate", why);
      notes.put("judge_consistency", why);
    }
  }

  /** A reward model evaluation's reward-eval.json. */
  static void reward(ObjectNode data, Map<String, String> notes) {
    JsonNode w = data.path("accuracy_wilson_95");
    copy(data, "accuracy_lower", w.path(0));
    copy(data, "accuracy_upper", w.path(1));
    JsonNode acc = data.path("accuracy");
    JsonNode longer = data.path("baselines").path("longer_wins");
    if (acc.isNumber() && longer.isNumber()) {
      data.put("accuracy_over_longer", acc.asDouble() - longer.asDouble());
    } else {
      data.putNull("accuracy_over_longer");
      notes.put("accuracy_over_longer", "the evaluation has no 'longer answer wins' baseline");
    }
  }

  /** Shares from the manifest's counts, for runs without a document of their own (validate, dedup, judge ...). */
  static void manifestCounts(ObjectNode data, JsonNode counts, Map<String, String> notes) {
    if (!data.has("counts")) {
      data.set("counts", counts.deepCopy());
    }
    long in = counts.path("records_in").asLong(counts.path("rows_in").asLong(0));
    if (counts.has("quarantined") && !data.has("quarantined_share")) {
      share(data, "quarantined_share", counts.path("quarantined").asLong(), in, notes);
    }
    if (counts.has("valid") && !data.has("valid_share")) {
      share(data, "valid_share", counts.path("valid").asLong(), in, notes);
    }
  }

  private static void share(ObjectNode node, String field, long part, long whole, Map<String, String> notes) {
    if (whole == 0) {
      node.putNull(field);
      notes.putIfAbsent(field, "the run read no records");
    } else {
      node.put(field, (double) part / whole);
    }
  }

  private static void copy(ObjectNode node, String field, JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      node.putNull(field);
    } else {
      node.set(field, value.deepCopy());
    }
  }
}
