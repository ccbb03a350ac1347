package dev.assay.eval.run;

import dev.assay.core.run.RunContract;
import dev.assay.core.run.RunFileKind;
import dev.assay.core.io.DatasetReader;
import dev.assay.core.io.Datasets;
import dev.assay.core.io.InputRecord;
import dev.assay.core.io.JsonlWriter;
import dev.assay.core.validate.QuarantineEntry;
import dev.assay.models.llm.ModelCallException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs an {@link ItemTask} over every row of an input file on virtual threads, writing each
 * finished row to a {@link RunJournal} the moment it finishes. Run it again with the same output
 * directory and it only does what is missing: finished rows are skipped (a row whose content
 * changed under the same id, as recorded in each line's {@code input_sha256}, runs again), and with a response
 * cache under the model, requests answered before a crash are not paid for twice.
 *
 * <p>Writes into the output directory: the result file (e.g. {@code judgments.jsonl}, in input
 * order once the run is complete), {@code errors.jsonl} (rows whose model calls failed this run;
 * they run again next time) and {@code quarantine.jsonl} (rows that cannot run, with
 * {@code file:line} and the reason). Every row lands in exactly one of the {@link RunOutcome}
 * counts.
 *
 * <pre>{@code
 * RunOutcome o = ResumableRun.run(Path.of("pairs.jsonl"), Path.of("out"), task,
 *     new ResumableRun.Options("judgments.jsonl", 64, done -> bar.step()));
 * }</pre>
 */
public final class ResumableRun {

  /**
   * @param resultFile name of the result file inside the output directory
   * @param maxItemsInFlight rows running at once (each may make several model calls; the model's
   *     own max-in-flight limit bounds the calls)
   * @param progress called with the number of rows finished so far in this run (may be null)
   * @param adapter turns each parsed input record into the rows the task runs (null: the record
   *     itself); called in reading order on one thread
   */
  public record Options(String resultFile, int maxItemsInFlight, LongConsumer progress, RowAdapter adapter) {
    public Options {
      Objects.requireNonNull(resultFile, "resultFile");
      if (maxItemsInFlight < 1) {
        throw new IllegalArgumentException("maxItemsInFlight: expected >= 1, found " + maxItemsInFlight);
      }
      progress = progress == null ? n -> {} : progress;
      adapter = adapter == null ? RowAdapter.IDENTITY : adapter;
    }

    /** Options reading every record as it is. */
    public Options(String resultFile, int maxItemsInFlight, LongConsumer progress) {
      this(resultFile, maxItemsInFlight, progress, null);
    }
  }

  private ResumableRun() {}

  /** Runs {@code task} over {@code input}; see the class comment for the files written. */
  public static RunOutcome run(Path input, Path outDir, ItemTask task, Options options)
      throws InterruptedException {
    RunJournal journal = RunJournal.open(outDir.resolve(options.resultFile()));
    RunContract<?> contract = resultContract(options.resultFile());
    List<String> order = new ArrayList<>();
    Map<String, Long> firstLine = new HashMap<>();
    Map<String, Long> failuresByKind = new ConcurrentHashMap<>();
    AtomicLong finished = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicReference<String> stopReason = new AtomicReference<>();
    long rows = 0;
    long resumed = 0;
    long quarantined = 0;
    long notStarted = 0;
    long blank;
    Semaphore slots = new Semaphore(options.maxItemsInFlight());
    try (JsonlWriter quarantine = new JsonlWriter(outDir.resolve("quarantine.jsonl"));
        JsonlWriter errors = new JsonlWriter(outDir.resolve("errors.jsonl"));
        DatasetReader reader = Datasets.open(input)) {
      try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        InputRecord record;
        while ((record = reader.next()) != null) {
          List<JsonNode> adapted;
          try {
            adapted = record.parsed() && record.value().isObject()
                ? options.adapter().rows(record.value(), record.location())
                : java.util.Collections.singletonList(record.value());
          } catch (dev.assay.core.AssayInputException e) {
            rows++;
            quarantine.write(QuarantineEntry.of(record, List.of(e.getMessage())));
            quarantined++;
            continue;
          }
          for (JsonNode row : adapted) {
          rows++;
          List<String> problems = problems(record, row, task, firstLine);
          if (!problems.isEmpty()) {
            quarantine.write(QuarantineEntry.of(record, problems));
            quarantined++;
            continue;
          }
          String key = RunJournal.key(row.get("id"));
          order.add(key);
          // The same id with other content (a pair whose answers or positions changed upstream)
          // is a new item: its old result must not be reused.
          String inputSha = dev.assay.core.manifest.Sha256.of(dev.assay.core.io.Json.MAPPER.writeValueAsBytes(row));
          if (journal.containsFor(key, inputSha)) {
            resumed++;
            continue;
          }
          if (stopReason.get() != null) {
            notStarted++;
            continue;
          }
          slots.acquire();
          if (stopReason.get() != null) {
            slots.release();
            notStarted++;
            continue;
          }
          InputRecord source = record;
          executor.submit(
              () -> {
                try {
                  ObjectNode line = JsonNodeFactory.instance.objectNode();
                  line.set("id", row.get("id"));
                  line.setAll(task.run(row));
                  line.put(RunJournal.INPUT_SHA256, inputSha);
                  if (contract != null) {
                    contract.conform(line);   // a row that breaks its contract fails here, not in a reader later
                  }
                  journal.append(line);
                  options.progress().accept(finished.incrementAndGet());
                } catch (ModelCallException e) {
                  failed.incrementAndGet();
                  failuresByKind.merge(e.kind().name().toLowerCase(), 1L, Long::sum);
                  if (e.kind() == ModelCallException.Kind.BUDGET) {
                    stopReason.compareAndSet(null, "budget: " + e.getMessage());
                  }
                  synchronized (errors) {
                    errors.write(errorLine(source, row, e));
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                  // a bug or a resource that cannot load (e.g. a broken reward model): the row is
                  // reported and runs again next time, never silently lost
                  failed.incrementAndGet();
                  failuresByKind.merge("internal", 1L, Long::sum);
                  synchronized (errors) {
                    errors.write(errorLine(source, row, "internal", 0,
                        source.location() + ": the task failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
                  }
                } finally {
                  slots.release();
                }
                return null;
              });
          }
        }
      }
      blank = reader.summary().blankLines();
    }
    RunOutcome outcome =
        new RunOutcome(rows, blank, resumed, finished.get(), failed.get(), quarantined, notStarted,
            stopReason.get(), failuresByKind);
    if (outcome.complete()) {
      journal.closeInOrder(order);
    } else {
      journal.close();
    }
    return outcome;
  }

  private static List<String> problems(InputRecord r, JsonNode row, ItemTask task, Map<String, Long> firstLine) {
    if (!r.parsed()) {
      return List.of(r.error());
    }
    if (!row.isObject()) {
      return List.of(r.location() + ": expected a JSON object, found " + row.getNodeType().name().toLowerCase());
    }
    JsonNode id = row.get("id");
    if (id == null || !(id.isString() || id.isIntegralNumber()) || (id.isString() && id.asString().isBlank())) {
      return List.of(r.location() + ": field 'id': expected a non-empty string or an integer, found "
          + (id == null ? "nothing" : id.toString()));
    }
    String key = RunJournal.key(id);
    Long first = firstLine.putIfAbsent(key, r.line());
    if (first != null) {
      return List.of(r.location() + ": field 'id': duplicate id " + id + ", first seen at line " + first);
    }
    List<String> problems = new ArrayList<>();
    for (String p : task.problems(row)) {
      problems.add(r.location() + ": " + p);
    }
    return problems;
  }

  /** The contract of the rows a resumable run writes, by the result file's name (null: none). */
  static RunContract<?> resultContract(String resultFile) {
    return switch (resultFile) {
      case RunFolders.JUDGMENTS -> RunFileKind.JUDGMENTS.contract(dev.assay.core.run.JudgmentRow.class);
      case RunFolders.OUTPUTS -> RunFileKind.GENERATIONS.contract(dev.assay.core.run.GenerationRow.class);
      default -> null;
    };
  }

  private static ObjectNode errorLine(InputRecord r, JsonNode row, ModelCallException e) {
    return errorLine(r, row, e.kind().name().toLowerCase(), e.status(), r.location() + ": model call failed: " + e.getMessage());
  }

  private static ObjectNode errorLine(InputRecord r, JsonNode row, String kind, int status, String message) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("id", row.get("id"));
    o.put("source", r.source());
    o.put("line", r.line());
    o.put("kind", kind);
    if (status != 0) {
      o.put("status", status);
    }
    o.put("error", message);
    return o;
  }
}
