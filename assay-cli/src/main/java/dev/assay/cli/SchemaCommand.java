package dev.assay.cli;

import dev.assay.core.run.JsonSchemas;
import dev.assay.core.run.RunFileKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assay schema KIND}: prints the JSON Schema (draft 2020-12) of one run-file contract, so
 * Python, Dagster or a notebook can read run folders without guessing; without a kind, lists them.
 *
 * <pre>{@code
 * ./assay schema judgments > judgments.schema.json
 * ./assay schema            # every kind, its file name and what it holds
 * }</pre>
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema (draft 2020-12) of a run-folder file contract.",
      "KIND is one of: manifest, generations, pairs, judgments, qa-report, leaderboard, reward-metrics,"
          + " drift-report, bias-report, gate-results, quarantine, errors. For row files (JSONL, Parquet, CSV)"
          + " the schema describes one row. Without KIND, lists every kind with its file name.",
      "Every command writes its files through these contracts; each contract carries a version, and"
          + " readers of version N read every file written as version N."
    })
public final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin OutputMode output;

  @Parameters(arity = "0..1", paramLabel = "KIND", description = "The contract to print (omit to list them).")
  String kind;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (kind == null) {
      List<Map<String, Object>> kinds = new ArrayList<>();
      for (RunFileKind k : RunFileKind.values()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", k.id());
        m.put("file", k.fileName());
        m.put("shape", k.shape() == RunFileKind.Shape.ROWS ? "rows" : "document");
        m.put("version", k.version());
        m.put("description", k.description());
        kinds.add(m);
      }
      if (output.json()) {
        JsonOutput.print(out, Map.of("kinds", kinds));
      } else if (!output.quiet()) {
        for (Map<String, Object> m : kinds) {
          out.printf("%-15s %-17s %-8s v%s  %s%n", m.get("kind"), m.get("file"), m.get("shape"), m.get("version"), m.get("description"));
        }
      }
      out.flush();
      return ExitCode.OK;
    }
    RunFileKind k;
    try {
      k = RunFileKind.byId(kind);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    if (output.json()) { // one line, as every --json
      JsonOutput.print(out, dev.assay.core.io.Json.MAPPER.readTree(JsonSchemas.toJson(k)));
    } else if (!output.quiet()) {
      out.print(JsonSchemas.toJson(k));
      out.flush();
    }
    return ExitCode.OK;
  }
}
