package dev.assay.eval.pair;

import dev.assay.core.run.PairRow;
import dev.assay.core.run.RunContract;
import dev.assay.core.run.RunFileKind;
import tools.jackson.databind.node.StringNode;
import dev.assay.core.AssayInputException;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputFiles;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import dev.assay.core.manifest.ManifestBuilder;
import dev.assay.core.manifest.ManifestWriter;
import dev.assay.core.manifest.RunManifest;
import dev.assay.core.validate.QuarantineEntry;
import dev.assay.eval.run.RunFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code assay pair}: joins each model's generations with a reference model's by item (MT-Bench
 * {@code question_id}, else the instruction text; see {@link Generation}) into one {@code
 * pairs.jsonl} of {@link PairRow}s, the model as {@code a}, the reference as {@code b}. Several
 * models give one file with each model against the reference.
 *
 * <p>Multi-turn generations (MT-Bench) give one pair per turn, FastChat's way: item {@code
 * <question_id>#<turn>}; a later turn also carries the conversation up to it ({@code turns},
 * {@code outputs_a}, {@code outputs_b}), which {@code judge} shows with its multi-turn prompt.
 *
 * <p>Writes into the output folder: {@code pairs.jsonl}, {@code unmatched.jsonl} (every item
 * present on one side only: {@code model}, {@code missing_from} = {@code reference} or {@code
 * model}, {@code key}, {@code source}), {@code quarantine.jsonl} (lines that are not answers, or
 * repeat an item, with {@code file:line}) and {@code manifest.json} (inputs, counts, and {@code
 * unmatched} per model with the first ids). Every line of a model's file is in exactly one of: its
 * pairs, an unmatched line, the quarantine; a reference line is paired with every model that
 * answered its item and listed as unmatched for every model that did not.
 *
 * <pre>{@code
 * PairJoin.Result r = PairJoin.run(new PairJoin.Options(Path.of("out/gpt4"), List.of(Path.of("out/mine")),
 *     Path.of("out/pairs"), args));
 * r.pairs();   // lines written
 * }</pre>
 */
public final class PairJoin {
  /** The pairs file. */
  public static final String PAIRS = RunFolders.PAIRS;

  /** The contract every pairs.jsonl row is written through. */
  private static final RunContract<PairRow> CONTRACT = RunFileKind.PAIRS.contract(PairRow.class);
  /** Items on one side only. */
  public static final String UNMATCHED = "unmatched.jsonl";
  /** How many unmatched ids the manifest and the summary show per model. */
  public static final int FIRST = 5;

  private PairJoin() {}

  /**
   * @param reference the reference model's generate run folder or file
   * @param models the compared models' run folders or files (at least one)
   * @param out the output folder (created)
   * @param arguments the command line, for the manifest
   */
  public record Options(Path reference, List<Path> models, Path out, List<String> arguments) {
    /** Validates and copies. */
    public Options {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(out, "out");
      models = List.copyOf(models);
      if (models.isEmpty()) {
        throw new IllegalArgumentException("expected at least one model run to pair with the reference, found none");
      }
      arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
  }

  /**
   * One model against the reference.
   *
   * @param model the model
   * @param file the file read
   * @param records lines read
   * @param pairs pairs written
   * @param onlyInModel items the reference has no answer for
   * @param onlyInReference items the model has no answer for
   * @param quarantined lines quarantined
   */
  public record ModelJoin(String model, Path file, long records, long pairs, List<String> onlyInModel,
      List<String> onlyInReference, long quarantined) {
    /** Copies. */
    public ModelJoin {
      onlyInModel = List.copyOf(onlyInModel);
      onlyInReference = List.copyOf(onlyInReference);
    }
  }

  /**
   * What the join did.
   *
   * @param reference the reference model
   * @param referenceFile the reference file read
   * @param models one entry per compared model
   * @param pairs pairs written in all
   * @param quarantined reference and model lines quarantined in all
   * @param manifest the manifest written
   */
  public record Result(String reference, Path referenceFile, List<ModelJoin> models, long pairs, long quarantined,
      RunManifest manifest) {
    /** Copies. */
    public Result {
      models = List.copyOf(models);
    }
  }

  /** Reads, joins and writes. */
  public static Result run(Options o) {
    long started = System.nanoTime();
    try {
      Files.createDirectories(o.out());
    } catch (IOException e) {
      throw new AssayInputException(o.out() + ": cannot create the output directory: " + e.getMessage(), e);
    }
    ManifestBuilder m = new ManifestBuilder("pair", o.arguments(), Clock.systemUTC());
    List<ModelJoin> joins = new ArrayList<>();
    long pairs = 0;
    long quarantined;
    String referenceModel;
    Path referenceFile = RunFolders.file(o.reference(), RunFolders.OUTPUTS);
    try (JsonlWriter out = new JsonlWriter(o.out().resolve(PAIRS));
        JsonlWriter unmatched = new JsonlWriter(o.out().resolve(UNMATCHED));
        JsonlWriter quarantine = new JsonlWriter(o.out().resolve("quarantine.jsonl"))) {
      Side ref = Side.read(referenceFile, fallbackName(o.reference()), quarantine);
      referenceModel = ref.model;
      m.input(referenceFile, InputFiles.formatOf(referenceFile), ref.records);
      List<String> seenModels = new ArrayList<>();
      for (Path p : o.models()) {
        Path file = RunFolders.file(p, RunFolders.OUTPUTS);
        Side side = Side.read(file, fallbackName(p), quarantine);
        m.input(file, InputFiles.formatOf(file), side.records);
        if (side.model.equals(ref.model)) {
          throw new AssayInputException(file + ": model '" + side.model + "' is the reference model too ("
              + referenceFile + "); pair two different models");
        }
        if (seenModels.contains(side.model)) {
          throw new AssayInputException(file + ": model '" + side.model + "' was given twice; give each model's run once");
        }
        seenModels.add(side.model);
        long before = out.count();
        List<String> onlyInModel = new ArrayList<>();
        List<String> onlyInReference = new ArrayList<>();
        for (Generation g : side.byKey.values()) {
          Generation r = ref.byKey.get(g.key());
          if (r == null) {
            onlyInModel.add(g.itemId());
            unmatched.write(unmatchedLine(side.model, "reference", g));
            continue;
          }
          for (PairRow row : rows(g, r)) {
            out.write(CONTRACT.toJson(row));
          }
        }
        for (Generation r : ref.byKey.values()) {
          if (!side.byKey.containsKey(r.key())) {
            onlyInReference.add(r.itemId());
            unmatched.write(unmatchedLine(side.model, "model", r));
          }
        }
        joins.add(new ModelJoin(side.model, file, side.records, out.count() - before, onlyInModel, onlyInReference,
            side.quarantined));
      }
      pairs = out.count();
      quarantined = quarantine.count();
      m.output("pairs", o.out().resolve(PAIRS), "jsonl", pairs);
      m.output("unmatched", o.out().resolve(UNMATCHED), "jsonl", unmatched.count());
      m.output("quarantine", o.out().resolve("quarantine.jsonl"), "jsonl", quarantined);
      m.count("pairs", pairs);
      m.count("unmatched", unmatched.count());
      m.count("quarantined", quarantined);
    }
    m.component("join", "pair", Map.of("reference", referenceModel, "key", "question_id, else instruction",
        "multi_turn", "one pair per turn, item <question_id>#<turn>"));
    m.timing("pair", (System.nanoTime() - started) / 1_000_000);
    RunManifest manifest = m.build(quarantined == 0 ? dev.assay.core.run.RunStatus.OK : dev.assay.core.run.RunStatus.DATA_REJECTED);
    Map<String, Object> extra = new LinkedHashMap<>();
    Map<String, Object> perModel = new LinkedHashMap<>();
    for (ModelJoin j : joins) {
      Map<String, Object> u = new LinkedHashMap<>();
      u.put("pairs", j.pairs());
      u.put("only_in_model", j.onlyInModel().size());
      u.put("only_in_model_first", first(j.onlyInModel()));
      u.put("only_in_reference", j.onlyInReference().size());
      u.put("only_in_reference_first", first(j.onlyInReference()));
      perModel.put(j.model(), u);
    }
    extra.put("reference_model", referenceModel);
    extra.put("unmatched", perModel);
    ManifestWriter.write(manifest, extra, o.out().resolve("manifest.json"));
    return new Result(referenceModel, referenceFile, joins, pairs, quarantined, manifest);
  }

  /** The first {@link #FIRST} ids of a list. */
  public static List<String> first(List<String> ids) {
    return ids.subList(0, Math.min(FIRST, ids.size()));
  }

  /**
   * The pairs of one item: one for a single turn; one per turn for a conversation. The item id is
   * the reference's, so every model's pair on the same item shares it.
   */
  static List<PairRow> rows(Generation a, Generation b) {
    String modelA = a.model();
    String itemId = b.itemId();
    if (a.turns().size() == 1 && b.turns().size() == 1) {
      return List.of(new PairRow(StringNode.valueOf(modelA + "/" + itemId), itemId, a.turns().get(0), a.outputs().get(0),
          b.outputs().get(0), modelA, b.model(), null, a.questionId(), null, a.category(), List.of(), List.of(), List.of(), Map.of()));
    }
    List<PairRow> rows = new ArrayList<>();
    int n = Math.min(a.turns().size(), b.turns().size());
    for (int k = 1; k <= n; k++) {
      String item = itemId + "#" + k;
      boolean later = k > 1;
      rows.add(new PairRow(StringNode.valueOf(modelA + "/" + item), item, a.turns().get(k - 1), a.outputs().get(k - 1),
          b.outputs().get(k - 1), modelA, b.model(), null, a.questionId(), k, a.category(),
          later ? a.turns().subList(0, k) : List.of(), later ? a.outputs().subList(0, k) : List.of(),
          later ? b.outputs().subList(0, k) : List.of(), Map.of()));
    }
    return rows;
  }

  private static ObjectNode unmatchedLine(String model, String missingFrom, Generation g) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("model", model);
    o.put("missing_from", missingFrom);
    o.put("item_id", g.itemId());
    o.put("key", g.key());
    o.put("source", g.where());
    return o;
  }

  /** The name of a model whose lines do not say it: the run folder's name, else the file's stem. */
  private static String fallbackName(Path p) {
    Path name = p.toAbsolutePath().normalize().getFileName();
    String s = name == null ? "model" : name.toString();
    int dot = s.indexOf('.');
    return Files.isDirectory(p) || dot <= 0 ? s : s.substring(0, dot);
  }

  /** One file's generations by key. */
  private static final class Side {
    final Map<String, Generation> byKey = new LinkedHashMap<>();
    String model;
    long records;
    long quarantined;

    static Side read(Path file, String fallback, JsonlWriter quarantine) {
      Side s = new Side();
      try (DatasetReader in = Datasets.open(file)) {
        for (InputRecord r; (r = in.next()) != null; ) {
          s.records++;
          if (!r.parsed()) {
            s.quarantine(quarantine, r, r.error());
            continue;
          }
          Generation g;
          try {
            g = Generation.of(r.value(), r.location(), fallback);
          } catch (AssayInputException e) {
            s.quarantine(quarantine, r, e.getMessage());
            continue;
          }
          if (s.model == null) {
            s.model = g.model();
          } else if (!s.model.equals(g.model())) {
            throw new AssayInputException(r.location() + ": expected one model per file ('" + s.model
                + "' above), found '" + g.model() + "'; give each model's run separately");
          }
          Generation before = s.byKey.putIfAbsent(g.key(), g);
          if (before != null) {
            s.quarantine(quarantine, r, r.location() + ": item '" + g.itemId() + "' answered twice, first at " + before.where());
          }
        }
      }
      if (s.model == null) {
        throw new AssayInputException(file + ": expected generations (one answer per line), found none usable");
      }
      return s;
    }

    private void quarantine(JsonlWriter q, InputRecord r, String error) {
      quarantined++;
      q.write(QuarantineEntry.of(r, List.of(error)));
    }
  }
}
