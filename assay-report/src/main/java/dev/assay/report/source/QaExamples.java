package dev.assay.report.source;

import dev.assay.report.model.Block;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The rejected records of a QA run that people look at, collected while {@link QaRun} reads
 * {@code rejected.jsonl}: the most toxic texts (top {@link #LIMIT} by score) and the first
 * {@link #LIMIT} duplicates beside the record they duplicate (read from the run's input by the
 * line {@code duplicate_of} names; "(not found)" when the input has moved).
 *
 * <pre>{@code
 * QaExamples ex = new QaExamples("text");
 * RunFiles.eachLine(dir.resolve("rejected.jsonl"), ex::accept);
 * List<Block> tables = ex.tables(dir, Path.of("data.jsonl"));
 * }</pre>
 */
final class QaExamples {
  /** Rows per table. */
  static final int LIMIT = 10;

  private final String field;
  private final PriorityQueue<Toxic> toxic = new PriorityQueue<>(Comparator.comparingDouble(Toxic::score).thenComparing(t -> -t.line()));
  private final List<Duplicate> duplicates = new ArrayList<>();

  private record Toxic(long line, long sourceLine, String check, double score, String text) {}

  private record Duplicate(long line, long sourceLine, String check, long of, String text) {}

  QaExamples(String field) {
    this.field = field;
  }

  /** Takes one rejected record, at {@code line} of {@code rejected.jsonl}. */
  void accept(long line, JsonNode row) {
    long source = RunFiles.count(row, "source_line", -1);
    for (JsonNode r : row.path("reasons")) {
      String check = r.path("check").asString("");
      double value = RunFiles.num(r, "value");
      if (check.contains("toxic") && Double.isFinite(value)) {
        toxic.add(new Toxic(line, source, check, value, RecordText.of(row, field)));
        if (toxic.size() > LIMIT) {
          toxic.poll();
        }
        break;
      }
    }
    if (duplicates.size() < LIMIT) {
      for (JsonNode r : row.path("reasons")) {
        long of = RunFiles.count(r, "duplicate_of", -1);
        if (of > 0) {
          duplicates.add(new Duplicate(line, source, r.path("check").asString(""), of, RecordText.of(row, field)));
          break;
        }
      }
    }
  }

  /** The example tables (none when nothing was collected); {@code input} is the run's input file. */
  List<Block> tables(Path runDir, Path input) {
    List<Block> out = new ArrayList<>();
    if (!toxic.isEmpty()) {
      List<Toxic> top = new ArrayList<>(toxic);
      top.sort(Comparator.comparingDouble(Toxic::score).reversed().thenComparingLong(Toxic::line));
      Examples ex = new Examples("qa_toxic_examples", "The most toxic rejected texts (top " + LIMIT + " by score)")
          .number("input_line", "Input line", 0).text("check", "Check").number("score", "Score", 3).text("text", "Text");
      top.forEach(t -> ex.add(Examples.where(runDir, "rejected.jsonl", t.line()), line(t.sourceLine()), t.check(), t.score(), t.text()));
      out.add(ex.table());
    }
    if (!duplicates.isEmpty()) {
      Map<Long, String> originals = originals(input, field, duplicates.stream().map(Duplicate::of).toList());
      Examples ex = new Examples("qa_duplicate_examples", "Duplicates side by side (the first " + LIMIT + " rejected; the record each"
          + " duplicates is read from the input by its line)")
          .text("check", "Check").text("text", "Rejected text").text("duplicate_of", "Duplicate of").text("original", "Its text");
      for (Duplicate d : duplicates) {
        ex.add(Examples.where(runDir, "rejected.jsonl", d.line()), d.check(), d.text(),
            (input == null ? "input" : input.getFileName()) + ":" + d.of(), originals.getOrDefault(d.of(), "(not found)"));
      }
      out.add(ex.table());
    }
    return out;
  }

  private static Long line(long sourceLine) {
    return sourceLine > 0 ? sourceLine : null;
  }

  /** The text of {@code field} on each of {@code lines} of a JSON Lines {@code input}; missing entries when unreadable. */
  private static Map<Long, String> originals(Path input, String field, List<Long> lines) {
    Map<Long, String> out = new HashMap<>();
    if (input == null || !Files.isRegularFile(input)) {
      return out;
    }
    long max = lines.stream().mapToLong(Long::longValue).max().orElse(0);
    try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      long n = 0;
      for (String s; n < max && (s = r.readLine()) != null; ) {
        n++;
        if (lines.contains(n)) {
          try {
            JsonNode node = dev.assay.core.io.Json.MAPPER.readTree(s);
            if (node.isObject()) {
              out.put(n, RecordText.of(node, field));
            }
          } catch (JacksonException e) {
            // not one JSON object on this line (a JSON array input): leave it "(not found)"
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return out;
    }
    return out;
  }
}
