package dev.assay.cli.pipeline.export;

import dev.assay.cli.pipeline.Pipeline;
import dev.assay.cli.pipeline.ResolvedStep;
import dev.assay.cli.pipeline.StepArguments;
import dev.assay.cli.pipeline.StepGraph;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * One pipeline step as an orchestrator runs it: a Python-safe name, the steps it waits for, the
 * exact Assay command line (absolute paths, {@code --json} so the last stdout line is a small
 * JSON summary) and, for a gate step, its assertions (each becomes a Dagster asset check).
 *
 * <pre>{@code
 * List<ExportedStep> steps = ExportedStep.of(PipelineFile.load(file), Main.commandLine());
 * steps.get(1).deps();   // [validate]
 * }</pre>
 *
 * @param name the step's name
 * @param pyName the name as a Python identifier
 * @param deps the steps it reads from, in pipeline order
 * @param argv the command's arguments, command words first
 * @param assertions a gate step's {@code --assert} expressions (else empty)
 */
public record ExportedStep(String name, String pyName, List<String> deps, List<String> argv, List<String> assertions) {
  /** Copies. */
  public ExportedStep {
    deps = List.copyOf(deps);
    argv = List.copyOf(argv);
    assertions = List.copyOf(assertions);
  }

  /** Every step of {@code pipeline} in an order that respects its dependencies. */
  public static List<ExportedStep> of(Pipeline pipeline, CommandLine root) {
    var resolved = StepArguments.resolve(pipeline, root);
    StepGraph graph = StepGraph.of(pipeline, resolved);
    Set<String> pyNames = new LinkedHashSet<>();
    List<ExportedStep> out = new ArrayList<>();
    for (String name : graph.order()) {
      ResolvedStep s = graph.step(name);
      List<String> argv = new ArrayList<>(s.argv());
      argv.removeIf(a -> a.equals("--quiet") || a.equals("-q") || a.equals("--json"));
      argv.add("--json");
      List<String> deps = graph.order().stream().filter(graph.deps(name)::contains).toList();
      List<String> assertions = new ArrayList<>();
      for (int i = 0; i + 1 < s.argv().size(); i++) {
        if (s.argv().get(i).equals("--assert")) {
          assertions.add(s.argv().get(i + 1));
        }
      }
      out.add(new ExportedStep(name, pyName(name, pyNames), deps, argv, assertions));
    }
    return out;
  }

  private static String pyName(String name, Set<String> taken) {
    String base = name.replaceAll("[^A-Za-z0-9_]", "_");
    if (Character.isDigit(base.charAt(0)) || PythonText.KEYWORDS.contains(base)) {
      base = "step_" + base;
    }
    String n = base;
    for (int i = 2; !taken.add(n); i++) {
      n = base + "_" + i;
    }
    return n;
  }
}
